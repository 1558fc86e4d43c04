CREATE TABLE "organisatie_domeinen" (
	"domein" text PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text,
	"email_geverifieerd_op" timestamp with time zone,
	"wachtwoord_hash" text,
	"naam" text NOT NULL,
	"persoonstype" text,
	"taal" text DEFAULT 'nl' NOT NULL,
	"profiel_openbaar" boolean DEFAULT false NOT NULL,
	"totp_geheim" text,
	"totp_aan_sinds" timestamp with time zone,
	"totp_laatste_stap" integer,
	"verwijderd_op" timestamp with time zone,
	"versie" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone,
	"ingetrokken_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "email_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"doel" text NOT NULL,
	"nieuw_email" text,
	"verloopt_op" timestamp with time zone NOT NULL,
	"gebruikt_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "externe_identiteiten" (
	"provider" text NOT NULL,
	"subject" text NOT NULL,
	"account_id" uuid NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "externe_identiteiten_provider_subject_pk" PRIMARY KEY("provider","subject")
);
--> statement-breakpoint
CREATE TABLE "herstelcodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"gebruikt_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "platformrollen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"regio_code" text,
	"toegekend_door" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"venster_start" timestamp with time zone NOT NULL,
	"aantal" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"status" text NOT NULL,
	"methode" text NOT NULL,
	"tweede_factor_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_actief_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"apparaat" text
);
--> statement-breakpoint
CREATE TABLE "lidmaatschappen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"rol" text DEFAULT 'lid' NOT NULL,
	"bron" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lidmaatschapsverzoeken" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"toelichting" text,
	"status" text DEFAULT 'open' NOT NULL,
	"beslist_door" uuid,
	"beslist_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uitnodigingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"email" text NOT NULL,
	"rol" text DEFAULT 'lid' NOT NULL,
	"token_hash" text NOT NULL,
	"uitgenodigd_door" uuid,
	"verloopt_op" timestamp with time zone NOT NULL,
	"geaccepteerd_op" timestamp with time zone,
	"geaccepteerd_door" uuid,
	"ingetrokken_op" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uitnodigingen_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actie" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text NOT NULL,
	"betreft_account_id" uuid,
	"wijzigingen" jsonb NOT NULL,
	"request_id" text
);
--> statement-breakpoint
ALTER TABLE "organisatie_domeinen" ADD CONSTRAINT "organisatie_domeinen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_tokens" ADD CONSTRAINT "email_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "externe_identiteiten" ADD CONSTRAINT "externe_identiteiten_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herstelcodes" ADD CONSTRAINT "herstelcodes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platformrollen" ADD CONSTRAINT "platformrollen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platformrollen" ADD CONSTRAINT "platformrollen_regio_code_regios_code_fk" FOREIGN KEY ("regio_code") REFERENCES "public"."regios"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "platformrollen" ADD CONSTRAINT "platformrollen_toegekend_door_accounts_id_fk" FOREIGN KEY ("toegekend_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschappen" ADD CONSTRAINT "lidmaatschappen_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschappen" ADD CONSTRAINT "lidmaatschappen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschapsverzoeken" ADD CONSTRAINT "lidmaatschapsverzoeken_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschapsverzoeken" ADD CONSTRAINT "lidmaatschapsverzoeken_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschapsverzoeken" ADD CONSTRAINT "lidmaatschapsverzoeken_beslist_door_accounts_id_fk" FOREIGN KEY ("beslist_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_uitgenodigd_door_accounts_id_fk" FOREIGN KEY ("uitgenodigd_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_geaccepteerd_door_accounts_id_fk" FOREIGN KEY ("geaccepteerd_door") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_idx" ON "accounts" USING btree ("email");--> statement-breakpoint
CREATE INDEX "api_tokens_account_idx" ON "api_tokens" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "email_tokens_account_idx" ON "email_tokens" USING btree ("account_id","doel");--> statement-breakpoint
CREATE INDEX "externe_identiteiten_account_idx" ON "externe_identiteiten" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "herstelcodes_account_idx" ON "herstelcodes" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "platformrollen_uniek_idx" ON "platformrollen" USING btree ("account_id","rol",coalesce("regio_code", ''));--> statement-breakpoint
CREATE INDEX "platformrollen_account_idx" ON "platformrollen" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessies_account_idx" ON "sessies" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessies_verloopt_idx" ON "sessies" USING btree ("verloopt_op");--> statement-breakpoint
CREATE UNIQUE INDEX "lidmaatschappen_uniek_idx" ON "lidmaatschappen" USING btree ("account_id","organisatie_id");--> statement-breakpoint
CREATE INDEX "lidmaatschappen_organisatie_idx" ON "lidmaatschappen" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "lidmaatschapsverzoeken_organisatie_idx" ON "lidmaatschapsverzoeken" USING btree ("organisatie_id","status");--> statement-breakpoint
CREATE INDEX "lidmaatschapsverzoeken_account_idx" ON "lidmaatschapsverzoeken" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "uitnodigingen_organisatie_idx" ON "uitnodigingen" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "audit_log_op_idx" ON "audit_log" USING btree ("op" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_object_idx" ON "audit_log" USING btree ("object_type","object_id");--> statement-breakpoint
CREATE INDEX "audit_log_betreft_idx" ON "audit_log" USING btree ("betreft_account_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_actie_idx" ON "audit_log" USING btree ("actie");