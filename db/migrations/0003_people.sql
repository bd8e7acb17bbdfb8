CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tax_code" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"birth_comune_code" text,
	"birth_country" text DEFAULT 'IT' NOT NULL,
	"citizenship" text DEFAULT 'IT' NOT NULL,
	"residence_comune_code" text NOT NULL,
	"residence_subdivision_id" uuid,
	"address" text,
	"postcode" text,
	"email" text,
	"phone" text,
	"employment_status" text NOT NULL,
	"did_date" date,
	"unemployed_since" date,
	"income_support" text[] DEFAULT '{}'::text[] NOT NULL,
	"declared_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"available_from" date,
	"max_commute_km" integer,
	"own_vehicle" boolean DEFAULT false NOT NULL,
	"contract_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"working_times" text[] DEFAULT '{}'::text[] NOT NULL,
	"shifts" text[] DEFAULT '{}'::text[] NOT NULL,
	"has_special_category" boolean DEFAULT false NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "people_tax_code_unique" UNIQUE("tax_code"),
	CONSTRAINT "people_sex_check" CHECK (sex IN ('M', 'F'))
);
--> statement-breakpoint
CREATE TABLE "person_special_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"category" text NOT NULL,
	"payload" text NOT NULL,
	"recorded_by_organisation_id" uuid,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_special_category_check" CHECK (category IN ('disability', 'health', 'addiction_services'))
);
--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_birth_comune_code_comuni_code_fk" FOREIGN KEY ("birth_comune_code") REFERENCES "public"."comuni"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_residence_comune_code_comuni_code_fk" FOREIGN KEY ("residence_comune_code") REFERENCES "public"."comuni"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_residence_subdivision_id_comune_subdivisions_id_fk" FOREIGN KEY ("residence_subdivision_id") REFERENCES "public"."comune_subdivisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_special_records" ADD CONSTRAINT "person_special_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_special_records" ADD CONSTRAINT "person_special_records_recorded_by_organisation_id_organisations_id_fk" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_owner_idx" ON "people" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "people_names_idx" ON "people" USING btree (lower("family_name"),lower("given_name"),"birth_date");--> statement-breakpoint
CREATE INDEX "people_residence_idx" ON "people" USING btree ("residence_comune_code");--> statement-breakpoint
CREATE INDEX "people_birth_date_idx" ON "people" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "person_special_person_idx" ON "person_special_records" USING btree ("person_id");