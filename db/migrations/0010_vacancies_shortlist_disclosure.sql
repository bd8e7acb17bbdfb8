ALTER TABLE "shortlist_entries" ADD COLUMN "disclosure_recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD COLUMN "disclosure_source" text;