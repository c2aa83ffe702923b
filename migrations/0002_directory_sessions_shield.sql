CREATE TABLE `device_tokens` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`client_type` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `device_tokens_token` ON `device_tokens` (`token`);--> statement-breakpoint
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
ALTER TABLE `group_members` ADD `shield` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `relations_big_id` ON `relations` (`big_id`);--> statement-breakpoint
INSERT OR IGNORE INTO `user_sessions` (`user_id`, `session_type`, `session_id`, `read_msg_id`) SELECT `small_id`, 1, `id`, `last_msg_id` FROM `relations` WHERE `last_msg_id` > 0;--> statement-breakpoint
INSERT OR IGNORE INTO `user_sessions` (`user_id`, `session_type`, `session_id`, `read_msg_id`) SELECT `big_id`, 1, `id`, `last_msg_id` FROM `relations` WHERE `last_msg_id` > 0;--> statement-breakpoint
INSERT OR IGNORE INTO `user_sessions` (`user_id`, `session_type`, `session_id`, `read_msg_id`) SELECT gm.`user_id`, 2, g.`id`, g.`last_msg_id` FROM `group_members` gm JOIN `groups` g ON g.`id` = gm.`group_id` WHERE gm.`status` = 0 AND g.`last_msg_id` > 0;
