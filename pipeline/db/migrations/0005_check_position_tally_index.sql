ALTER TABLE `check_results` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `check_results_tally_idx` ON `check_results` (`call_id`,`scorecard_version`,`check_id`,`outcome`,`weight`,`label`,`section`);--> statement-breakpoint
-- Rows stored before this migration keep their scorecard order: a score's checks were inserted
-- in scorecard order by one statement, so rowid order within a (call, version) is that order.
UPDATE `check_results` SET `position` = rowid;
