-- The audit log is append-only (the SQLite migration does this with RAISE(ABORT) triggers).
CREATE FUNCTION "ModerationAction_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;

CREATE TRIGGER "ModerationAction_no_update" BEFORE UPDATE ON "ModerationAction"
    FOR EACH ROW EXECUTE FUNCTION "ModerationAction_append_only"();

CREATE TRIGGER "ModerationAction_no_delete" BEFORE DELETE ON "ModerationAction"
    FOR EACH ROW EXECUTE FUNCTION "ModerationAction_append_only"();

CREATE TRIGGER "ModerationAction_no_truncate" BEFORE TRUNCATE ON "ModerationAction"
    FOR EACH STATEMENT EXECUTE FUNCTION "ModerationAction_append_only"();

-- The US crisis resources every install starts with (the same rows as the SQLite migration).
INSERT INTO "CrisisResource" ("id", "name", "description", "action", "href", "sortOrder") VALUES
    ('crisis-988', '988 Suicide & Crisis Lifeline', 'Free, confidential support for people in distress, any time of day or night.', 'Call or text 988', 'tel:988', 1),
    ('crisis-samhsa', 'SAMHSA National Helpline', 'Free, confidential treatment referral and information, 24 hours a day, 7 days a week, in English and Spanish.', 'Call 1-800-662-4357', 'tel:+18006624357', 2),
    ('crisis-text-line', 'Crisis Text Line', 'Text with a trained crisis counselor, free and around the clock.', 'Text HOME to 741741', 'sms:741741?body=HOME', 3),
    ('crisis-911', 'Emergency services', 'If someone is in immediate danger or an overdose is happening now, call 911.', 'Call 911', 'tel:911', 4);
