CREATE TABLE `agents` (
	`agent_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`surname` text NOT NULL,
	`team` text NOT NULL,
	`site` text NOT NULL,
	`coach` text NOT NULL,
	`language` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `calls` (
	`call_id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`file` text NOT NULL,
	`agent_id` text NOT NULL,
	`started_at` text NOT NULL,
	`duration_s` real,
	`direction` text,
	`queue` text,
	`wait_s` real,
	`abandoned` integer,
	`resolved` integer,
	`agent_channel` text,
	`customer_id` text,
	`site` text,
	`sampled` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`processed_run_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calls_date_idx` ON `calls` (`date`);--> statement-breakpoint
CREATE INDEX `calls_agent_date_idx` ON `calls` (`agent_id`,`date`);--> statement-breakpoint
CREATE TABLE `check_results` (
	`call_id` text NOT NULL,
	`scorecard_version` text NOT NULL,
	`check_id` text NOT NULL,
	`section` text NOT NULL,
	`label` text NOT NULL,
	`outcome` text NOT NULL,
	`weight` real NOT NULL,
	`critical` integer NOT NULL,
	`reason` text NOT NULL,
	`evidence` text NOT NULL,
	PRIMARY KEY(`call_id`, `scorecard_version`, `check_id`)
);
--> statement-breakpoint
CREATE INDEX `check_results_check_idx` ON `check_results` (`check_id`,`outcome`);--> statement-breakpoint
CREATE TABLE `failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`call_id` text NOT NULL,
	`stage` text NOT NULL,
	`reason` text NOT NULL,
	`detail` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `failures_call_idx` ON `failures` (`call_id`);--> statement-breakpoint
CREATE TABLE `ingest_rejects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`source_file` text NOT NULL,
	`row_number` integer NOT NULL,
	`call_id` text,
	`field` text,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ingest_rejects_uniq` ON `ingest_rejects` (`source_file`,`row_number`,`reason`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` text NOT NULL,
	`author` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notes_call_idx` ON `notes` (`call_id`);--> statement-breakpoint
CREATE TABLE `overrides` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` text NOT NULL,
	`scorecard_version` text NOT NULL,
	`check_id` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text NOT NULL,
	`author` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `overrides_call_idx` ON `overrides` (`call_id`,`scorecard_version`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finished_at` text,
	`params` text NOT NULL,
	`summary` text
);
--> statement-breakpoint
CREATE TABLE `samples` (
	`date` text PRIMARY KEY NOT NULL,
	`seed` text NOT NULL,
	`params` text NOT NULL,
	`call_ids` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scores` (
	`call_id` text NOT NULL,
	`scorecard_id` text NOT NULL,
	`scorecard_version` text NOT NULL,
	`score` real NOT NULL,
	`auto_failed` integer NOT NULL,
	`auto_fail_reasons` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`call_id`, `scorecard_version`)
);
--> statement-breakpoint
CREATE INDEX `scores_version_idx` ON `scores` (`scorecard_version`);--> statement-breakpoint
CREATE TABLE `stage_results` (
	`call_id` text NOT NULL,
	`stage` text NOT NULL,
	`version` text NOT NULL,
	`result` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`call_id`, `stage`, `version`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`teams` text NOT NULL,
	`token_sha256` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_unique` ON `users` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_token_sha256_unique` ON `users` (`token_sha256`);