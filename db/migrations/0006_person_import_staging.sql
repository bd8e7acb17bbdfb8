CREATE TABLE "person_import_staging" (
	"import_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"tax_code" text NOT NULL,
	"owner_organisation_id" uuid,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_import_staging_import_id_ordinal_pk" PRIMARY KEY("import_id","ordinal"),
	CONSTRAINT "person_import_staging_kind_check" CHECK (kind IN ('create', 'update'))
);
--> statement-breakpoint
CREATE INDEX "person_import_staging_created_idx" ON "person_import_staging" USING btree ("created_at");