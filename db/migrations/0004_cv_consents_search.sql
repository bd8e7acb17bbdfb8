CREATE TABLE "person_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"notice_version" text NOT NULL,
	"recorded_by" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_desired_occupations" (
	"person_id" uuid NOT NULL,
	"occupation_uri" text NOT NULL,
	CONSTRAINT "person_desired_occupations_person_id_occupation_uri_pk" PRIMARY KEY("person_id","occupation_uri")
);
--> statement-breakpoint
CREATE TABLE "person_education" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"level_scheme" text DEFAULT 'sap-education' NOT NULL,
	"level_version" text NOT NULL,
	"level_code" text NOT NULL,
	"title" text,
	"institution" text,
	"year" integer,
	"country" text DEFAULT 'IT' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_experiences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_name" text NOT NULL,
	"employer_tax_code" text,
	"occupation_uri" text,
	"occupation_label" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"contract_type" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "person_languages" (
	"person_id" uuid NOT NULL,
	"language" text NOT NULL,
	"mother_tongue" boolean DEFAULT false NOT NULL,
	"listening" text,
	"reading" text,
	"speaking" text,
	"writing" text,
	CONSTRAINT "person_languages_person_id_language_pk" PRIMARY KEY("person_id","language")
);
--> statement-breakpoint
CREATE TABLE "person_licences" (
	"person_id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"version" text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "person_licences_person_id_scheme_code_pk" PRIMARY KEY("person_id","scheme","code")
);
--> statement-breakpoint
CREATE TABLE "person_skills" (
	"person_id" uuid NOT NULL,
	"skill_uri" text NOT NULL,
	"level" text DEFAULT 'intermediate' NOT NULL,
	CONSTRAINT "person_skills_person_id_skill_uri_pk" PRIMARY KEY("person_id","skill_uri")
);
--> statement-breakpoint
CREATE TABLE "person_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text,
	"hours" integer,
	"year" integer,
	"certificate" text
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('italian', search_text)) STORED;--> statement-breakpoint
ALTER TABLE "person_consents" ADD CONSTRAINT "person_consents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_desired_occupations" ADD CONSTRAINT "person_desired_occupations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_education" ADD CONSTRAINT "person_education_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_experiences" ADD CONSTRAINT "person_experiences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_languages" ADD CONSTRAINT "person_languages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_licences" ADD CONSTRAINT "person_licences_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_skills" ADD CONSTRAINT "person_skills_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_trainings" ADD CONSTRAINT "person_trainings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_consents_person_idx" ON "person_consents" USING btree ("person_id","purpose","at");--> statement-breakpoint
CREATE INDEX "person_desired_occ_idx" ON "person_desired_occupations" USING btree ("occupation_uri");--> statement-breakpoint
CREATE INDEX "person_education_person_idx" ON "person_education" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_experiences_person_idx" ON "person_experiences" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_experiences_occ_idx" ON "person_experiences" USING btree ("occupation_uri");--> statement-breakpoint
CREATE INDEX "person_licences_code_idx" ON "person_licences" USING btree ("scheme","code");--> statement-breakpoint
CREATE INDEX "person_skills_skill_idx" ON "person_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "person_trainings_person_idx" ON "person_trainings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "people_status_idx" ON "people" USING btree ("employment_status");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_unique" UNIQUE("user_id");