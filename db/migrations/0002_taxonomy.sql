CREATE TABLE "code_lists" (
	"scheme" text NOT NULL,
	"version" text NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"label_it" text NOT NULL,
	"label_en" text NOT NULL,
	"extra" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "code_lists_scheme_version_code_pk" PRIMARY KEY("scheme","version","code")
);
--> statement-breakpoint
CREATE TABLE "concept_broader" (
	"uri" text NOT NULL,
	"broader_uri" text NOT NULL,
	CONSTRAINT "concept_broader_uri_broader_uri_pk" PRIMARY KEY("uri","broader_uri")
);
--> statement-breakpoint
CREATE TABLE "concept_labels" (
	"uri" text NOT NULL,
	"lang" text NOT NULL,
	"preferred_label" text NOT NULL,
	"alt_labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text,
	CONSTRAINT "concept_labels_uri_lang_pk" PRIMARY KEY("uri","lang")
);
--> statement-breakpoint
CREATE TABLE "isco_groups" (
	"uri" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "isco_groups_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "occupation_skills" (
	"occupation_uri" text NOT NULL,
	"skill_uri" text NOT NULL,
	"relation" text NOT NULL,
	CONSTRAINT "occupation_skills_occupation_uri_skill_uri_pk" PRIMARY KEY("occupation_uri","skill_uri"),
	CONSTRAINT "occupation_skills_relation_check" CHECK (relation IN ('essential', 'optional'))
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"uri" text PRIMARY KEY NOT NULL,
	"isco_code" text NOT NULL,
	"code" text,
	"status" text DEFAULT 'released' NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skills" (
	"uri" text PRIMARY KEY NOT NULL,
	"skill_type" text,
	"reuse_level" text,
	"status" text DEFAULT 'released' NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taxonomy_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"language" text,
	"version" text,
	"status" text NOT NULL,
	"progress" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"started_by" uuid
);
--> statement-breakpoint
CREATE INDEX "concept_broader_broader_idx" ON "concept_broader" USING btree ("broader_uri");--> statement-breakpoint
CREATE INDEX "concept_labels_label_idx" ON "concept_labels" USING btree ("lang",lower("preferred_label"));--> statement-breakpoint
CREATE INDEX "occupation_skills_skill_idx" ON "occupation_skills" USING btree ("skill_uri");--> statement-breakpoint
CREATE INDEX "occupations_isco_idx" ON "occupations" USING btree ("isco_code");