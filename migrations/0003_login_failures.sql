CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_name` text NOT NULL,
	`failed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_user_name` ON `login_failures` (`user_name`,`failed_at`);--> statement-breakpoint
CREATE INDEX `login_failures_failed_at` ON `login_failures` (`failed_at`);