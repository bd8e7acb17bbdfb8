ALTER TABLE "employers" ADD COLUMN "ateco_section" text;--> statement-breakpoint
CREATE INDEX "employers_ateco_section_idx" ON "employers" USING btree ("ateco_section");