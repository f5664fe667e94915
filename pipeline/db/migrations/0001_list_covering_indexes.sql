DROP INDEX `calls_date_idx`;--> statement-breakpoint
DROP INDEX `calls_agent_date_idx`;--> statement-breakpoint
CREATE INDEX `calls_date_idx` ON `calls` (`date`,`started_at`,`call_id`);--> statement-breakpoint
CREATE INDEX `calls_agent_date_idx` ON `calls` (`agent_id`,`date`,`started_at`,`call_id`);--> statement-breakpoint
DROP INDEX `check_results_check_idx`;--> statement-breakpoint
CREATE INDEX `check_results_check_idx` ON `check_results` (`check_id`,`call_id`,`scorecard_version`,`outcome`);--> statement-breakpoint
CREATE INDEX `scores_call_latest_idx` ON `scores` (`call_id`,`created_at`,`scorecard_version`,`score`);