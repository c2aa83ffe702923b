CREATE TABLE `user_sessions` (
	`user_id` integer NOT NULL,
	`session_type` integer NOT NULL,
	`session_id` integer NOT NULL,
	`read_msg_id` integer DEFAULT 0 NOT NULL,
	`removed_msg_id` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`user_id`, `session_type`, `session_id`)
);
--> statement-breakpoint
CREATE INDEX `relations_big_id` ON `relations` (`big_id`);