import { FACET_LABELS, FACET_PARAMS, FACETS, type Facet } from "~/lib/constants";

export interface PickerTag {
  id: string;
  slug: string;
  name: string;
  facet: string;
}

/** Checkboxes for the four facets, as part of a GET form; counts say what each choice would give. */
export function FacetPicker({
  tags,
  selected,
  counts,
  idPrefix = "facet",
}: {
  tags: PickerTag[];
  selected: string[];
  counts?: Record<string, number>;
  idPrefix?: string;
}) {
  return (
    <div className="facet-picker">
      {FACETS.map((facet: Facet) => (
        <fieldset key={facet} className="facet">
          <legend>{FACET_LABELS[facet]}</legend>
          <div className="checks">
            {tags
              .filter((t) => t.facet === facet)
              .map((tag) => {
                const checked = selected.includes(tag.slug);
                const count = counts?.[tag.id] ?? 0;
                return (
                  <div className="check" key={tag.slug}>
                    <input
                      type="checkbox"
                      id={`${idPrefix}-${tag.slug}`}
                      name={FACET_PARAMS[facet]}
                      value={tag.slug}
                      defaultChecked={checked}
                    />
                    <label htmlFor={`${idPrefix}-${tag.slug}`}>
                      {tag.name}
                      {counts ? <span className="count"> ({count})</span> : null}
                    </label>
                  </div>
                );
              })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
