CREATE TABLE "person_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "person_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" uuid NOT NULL,
	"xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "person_changes_xid_idx" ON "person_changes" USING btree ("xid","id");--> statement-breakpoint
CREATE INDEX "person_changes_at_idx" ON "person_changes" USING btree ("at");
--> statement-breakpoint
-- The change feed is written by the database itself (ADR 0012): every statement that touches a person's record,
-- CV or consents announces the people it touched, once per statement (transition tables, so a bulk import costs
-- one INSERT … SELECT DISTINCT per table, not one per row). An UPDATE announces old and new owners (a merge moves
-- CV rows from one person to another).
CREATE FUNCTION person_changes_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.person_id FROM (SELECT person_id FROM new_rows) changed(person_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION person_changes_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.person_id FROM (SELECT person_id FROM old_rows) changed(person_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION person_changes_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.person_id FROM (SELECT person_id FROM new_rows UNION SELECT person_id FROM old_rows) changed(person_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION person_changes_ins_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.id FROM (SELECT id FROM new_rows) changed(id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION person_changes_del_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.id FROM (SELECT id FROM old_rows) changed(id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION person_changes_upd_by_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_changes (person_id) SELECT DISTINCT changed.id FROM (SELECT id FROM new_rows UNION SELECT id FROM old_rows) changed(id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER people_changes_ins AFTER INSERT ON people REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins_by_id();
--> statement-breakpoint
CREATE TRIGGER people_changes_upd AFTER UPDATE ON people REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd_by_id();
--> statement-breakpoint
CREATE TRIGGER people_changes_del AFTER DELETE ON people REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del_by_id();
--> statement-breakpoint
CREATE TRIGGER person_experiences_changes_ins AFTER INSERT ON person_experiences REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_experiences_changes_upd AFTER UPDATE ON person_experiences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_experiences_changes_del AFTER DELETE ON person_experiences REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_desired_occupations_changes_ins AFTER INSERT ON person_desired_occupations REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_desired_occupations_changes_upd AFTER UPDATE ON person_desired_occupations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_desired_occupations_changes_del AFTER DELETE ON person_desired_occupations REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_skills_changes_ins AFTER INSERT ON person_skills REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_skills_changes_upd AFTER UPDATE ON person_skills REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_skills_changes_del AFTER DELETE ON person_skills REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_education_changes_ins AFTER INSERT ON person_education REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_education_changes_upd AFTER UPDATE ON person_education REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_education_changes_del AFTER DELETE ON person_education REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_languages_changes_ins AFTER INSERT ON person_languages REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_languages_changes_upd AFTER UPDATE ON person_languages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_languages_changes_del AFTER DELETE ON person_languages REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_licences_changes_ins AFTER INSERT ON person_licences REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_licences_changes_upd AFTER UPDATE ON person_licences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_licences_changes_del AFTER DELETE ON person_licences REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
--> statement-breakpoint
CREATE TRIGGER person_consents_changes_ins AFTER INSERT ON person_consents REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_ins();
--> statement-breakpoint
CREATE TRIGGER person_consents_changes_upd AFTER UPDATE ON person_consents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_upd();
--> statement-breakpoint
CREATE TRIGGER person_consents_changes_del AFTER DELETE ON person_consents REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION person_changes_del();
