CREATE TABLE `sms_sends` (
	`id` integer PRIMARY KEY NOT NULL,
	`address` text NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_sends_address` ON `sms_sends` (`address`,`sent_at`);--> statement-breakpoint
CREATE INDEX `sms_sends_sent_at` ON `sms_sends` (`sent_at`);