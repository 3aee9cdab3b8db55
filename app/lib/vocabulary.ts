import type { Facet } from "./constants";

// The seeded tag vocabulary (docs/product.md, "Tags"). Admins can edit it later; this list is
// what a new database starts with. Slugs are stable addresses: /tags/:slug.

export interface VocabularyTag {
  slug: string;
  name: string;
  description?: string;
}

export const VOCABULARY: Record<Facet, VocabularyTag[]> = {
  SUBSTANCE: [
    { slug: "alcohol", name: "Alcohol" },
    { slug: "opioids", name: "Opioids" },
    { slug: "fentanyl", name: "Fentanyl" },
    { slug: "heroin", name: "Heroin" },
    { slug: "prescription-painkillers", name: "Prescription painkillers" },
    { slug: "methamphetamine", name: "Methamphetamine" },
    { slug: "cocaine", name: "Cocaine" },
    { slug: "cannabis", name: "Cannabis" },
    { slug: "benzodiazepines", name: "Benzodiazepines" },
    { slug: "nicotine", name: "Nicotine" },
    { slug: "gambling", name: "Gambling" },
    { slug: "other-substance", name: "Other substance or behaviour" },
  ],
  SITUATION: [
    { slug: "parenting", name: "Parenting" },
    { slug: "pregnancy", name: "Pregnancy" },
    { slug: "loved-one", name: "Loved one of someone using" },
    { slug: "veteran", name: "Veteran" },
    { slug: "lgbtq", name: "LGBTQ+" },
    { slug: "justice-involvement", name: "Justice involvement" },
    { slug: "homelessness", name: "Homelessness" },
    { slug: "workplace", name: "Workplace" },
    { slug: "student", name: "Student" },
    { slug: "older-adult", name: "Older adult" },
    { slug: "rural", name: "Rural" },
    { slug: "depression", name: "Depression" },
    { slug: "anxiety", name: "Anxiety" },
    { slug: "trauma-ptsd", name: "Trauma / PTSD" },
    { slug: "chronic-pain", name: "Chronic pain" },
    { slug: "grief", name: "Grief" },
    { slug: "relapse", name: "Relapse" },
  ],
  PATHWAY: [
    { slug: "twelve-step", name: "12-step" },
    { slug: "smart-recovery", name: "SMART Recovery" },
    {
      slug: "medication-for-oud",
      name: "Medication for opioid use disorder",
      description: "Methadone, buprenorphine or naltrexone",
    },
    { slug: "harm-reduction", name: "Harm reduction" },
    { slug: "therapy", name: "Therapy" },
    { slug: "faith-based", name: "Faith-based" },
    { slug: "peer-support-group", name: "Peer support group" },
    { slug: "residential-treatment", name: "Residential treatment" },
    { slug: "self-directed", name: "Self-directed" },
  ],
  STAGE: [
    { slug: "in-treatment", name: "In treatment now" },
    { slug: "early-recovery", name: "Early recovery (under a year)" },
    { slug: "one-to-five-years", name: "1–5 years" },
    { slug: "five-plus-years", name: "5+ years" },
    { slug: "supporting-someone", name: "Supporting someone" },
  ],
};
