CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "employer_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text,
	"comune_code" text NOT NULL,
	"address" text,
	"postcode" text,
	"headquarters" boolean DEFAULT false NOT NULL,
	"employees" integer
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tax_code" text NOT NULL,
	"vat_number" text,
	"name" text NOT NULL,
	"legal_form" text,
	"ateco_code" text,
	"ateco_version" text,
	"employees" integer,
	"hosts_internships" boolean DEFAULT false NOT NULL,
	"email" text,
	"phone" text,
	"website" text,
	"notes" text,
	"organisation_id" uuid,
	"owner_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_ateco_version_check" CHECK (ateco_version IS NULL OR ateco_version IN ('2007', '2025')),
	CONSTRAINT "employers_employees_check" CHECK (employees IS NULL OR employees >= 0)
);
--> statement-breakpoint
CREATE TABLE "shortlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vacancy_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"stage" text DEFAULT 'proposed' NOT NULL,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"score" real,
	"explanation" jsonb,
	"interview_at" timestamp with time zone,
	"interview_place" text,
	"contract_type" text,
	"start_date" date,
	"not_selected_reason" text,
	"note" text,
	"disclosure_consent_at" timestamp with time zone,
	"proposed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_entries_stage_check" CHECK (stage IN ('proposed', 'contacted', 'interview', 'hired', 'not_selected', 'withdrew'))
);
--> statement-breakpoint
CREATE TABLE "shortlist_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"facts" jsonb,
	"moved_by" uuid,
	"moved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vacancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occupation_uri" text NOT NULL,
	"essential_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"optional_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_experience_months" integer DEFAULT 0 NOT NULL,
	"min_eqf_level" integer,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"licences" text[] DEFAULT '{}'::text[] NOT NULL,
	"contract_type" text NOT NULL,
	"working_time" text NOT NULL,
	"weekly_hours" integer,
	"site_comune_code" text NOT NULL,
	"site_address" text,
	"positions" integer DEFAULT 1 NOT NULL,
	"hired" integer DEFAULT 0 NOT NULL,
	"start_date" date,
	"deadline" date,
	"reserved_for" text[] DEFAULT '{}'::text[] NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"refreshed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"state_reason" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vacancies_state_check" CHECK (state IN ('draft', 'published', 'unpublished', 'closed', 'filled')),
	CONSTRAINT "vacancies_working_time_check" CHECK (working_time IN ('full_time', 'part_time')),
	CONSTRAINT "vacancies_positions_check" CHECK (positions >= 1 AND hired >= 0)
);
--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_sites" ADD CONSTRAINT "employer_sites_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_sites" ADD CONSTRAINT "employer_sites_comune_code_comuni_code_fk" FOREIGN KEY ("comune_code") REFERENCES "public"."comuni"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_moves" ADD CONSTRAINT "shortlist_moves_entry_id_shortlist_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."shortlist_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_site_comune_code_comuni_code_fk" FOREIGN KEY ("site_comune_code") REFERENCES "public"."comuni"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_sites_employer_idx" ON "employer_sites" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_sites_comune_idx" ON "employer_sites" USING btree ("comune_code");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_tax_code_key" ON "employers" USING btree ("tax_code");--> statement-breakpoint
CREATE UNIQUE INDEX "employers_organisation_key" ON "employers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "employers_owner_idx" ON "employers" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "employers_name_idx" ON "employers" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "employers_ateco_idx" ON "employers" USING btree ("ateco_code");--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_vacancy_person_key" ON "shortlist_entries" USING btree ("vacancy_id","person_id");--> statement-breakpoint
CREATE INDEX "shortlist_entries_person_idx" ON "shortlist_entries" USING btree ("person_id","stage");--> statement-breakpoint
CREATE INDEX "shortlist_moves_entry_idx" ON "shortlist_moves" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "vacancies_owner_idx" ON "vacancies" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "vacancies_state_idx" ON "vacancies" USING btree ("state","refreshed_at");--> statement-breakpoint
CREATE INDEX "vacancies_occupation_idx" ON "vacancies" USING btree ("occupation_uri");--> statement-breakpoint
CREATE INDEX "vacancies_comune_idx" ON "vacancies" USING btree ("site_comune_code");