CREATE TABLE `run_leases` (
	`date` text PRIMARY KEY NOT NULL,
	`run_id` integer NOT NULL,
	`holder` text NOT NULL,
	`heartbeat_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_sha256` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
ALTER TABLE `runs` ADD `heartbeat_at` text;--> statement-breakpoint
ALTER TABLE `runs` ADD `holder` text;--> statement-breakpoint
ALTER TABLE `users` ADD `token_expires_at` text;