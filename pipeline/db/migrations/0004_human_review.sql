CREATE TABLE `calibration_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_by` text NOT NULL,
	`call_ids` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dispute_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dispute_id` integer NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`body` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dispute_events_dispute_idx` ON `dispute_events` (`dispute_id`);--> statement-breakpoint
CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` text NOT NULL,
	`scorecard_version` text NOT NULL,
	`check_id` text NOT NULL,
	`opened_by` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decided_by` text,
	`decision_reason` text,
	`requested_outcome` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_at` text
);
--> statement-breakpoint
CREATE INDEX `disputes_call_idx` ON `disputes` (`call_id`);--> statement-breakpoint
CREATE INDEX `disputes_status_idx` ON `disputes` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `evaluation_items` (
	`evaluation_id` integer NOT NULL,
	`check_id` text NOT NULL,
	`outcome` text NOT NULL,
	`comment` text,
	`at_s` real,
	PRIMARY KEY(`evaluation_id`, `check_id`)
);
--> statement-breakpoint
CREATE INDEX `evaluation_items_check_idx` ON `evaluation_items` (`check_id`,`outcome`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` text NOT NULL,
	`scorecard_version` text NOT NULL,
	`evaluator` text NOT NULL,
	`session_id` integer DEFAULT 0 NOT NULL,
	`comment` text,
	`score` real NOT NULL,
	`auto_failed` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_uniq` ON `evaluations` (`call_id`,`scorecard_version`,`evaluator`,`session_id`);--> statement-breakpoint
CREATE INDEX `evaluations_session_idx` ON `evaluations` (`session_id`);--> statement-breakpoint
CREATE TABLE `review_claims` (
	`call_id` text PRIMARY KEY NOT NULL,
	`claimed_by` text NOT NULL,
	`reasons` text NOT NULL,
	`claimed_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`done_at` text
);
--> statement-breakpoint
CREATE INDEX `review_claims_by_idx` ON `review_claims` (`claimed_by`);--> statement-breakpoint
CREATE TABLE `survey_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_file` text NOT NULL,
	`scale_min` real NOT NULL,
	`scale_max` real NOT NULL,
	`accepted` integer NOT NULL,
	`rejected` integer NOT NULL,
	`imported_by` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `survey_rejects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`row_number` integer NOT NULL,
	`call_id` text,
	`field` text,
	`reason` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `survey_rejects_import_idx` ON `survey_rejects` (`import_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`call_id` text PRIMARY KEY NOT NULL,
	`import_id` integer NOT NULL,
	`satisfaction` real NOT NULL,
	`satisfaction_01` real NOT NULL,
	`comment` text
);
--> statement-breakpoint
CREATE INDEX `surveys_import_idx` ON `surveys` (`import_id`);