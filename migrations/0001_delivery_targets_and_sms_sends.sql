CREATE TABLE `sms_sends` (
	`id` integer PRIMARY KEY NOT NULL,
	`address` text NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_sends_address` ON `sms_sends` (`address`,`sent_at`);--> statement-breakpoint
CREATE INDEX `sms_sends_sent_at` ON `sms_sends` (`sent_at`);--> statement-breakpoint
ALTER TABLE `events` ADD `conn_id` text;--> statement-breakpoint
ALTER TABLE `events` ADD `everyone` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `client_family` text;--> statement-breakpoint
ALTER TABLE `group_members` ADD `left_event_id` integer;--> statement-breakpoint
UPDATE `events` SET `payload` = json_set(`payload`, '$.opt', CASE json_extract(`payload`, '$.opt') WHEN 'addMsg' THEN 'requested' WHEN 'agreeMsg' THEN 'agreed' WHEN 'repulseMsg' THEN 'refused' END) WHERE `kind` = 'friend';--> statement-breakpoint
UPDATE `events` SET `payload` = json_set(`payload`, '$.opt', CASE json_extract(`payload`, '$.opt') WHEN 'addMsg' THEN 'invited' WHEN 'repulseMsg' THEN 'refused' ELSE json_extract(`payload`, '$.opt') END) WHERE `kind` = 'group';--> statement-breakpoint
UPDATE `events` SET `payload` = '{}' WHERE `kind` = 'token';
--> statement-breakpoint
UPDATE `events` SET `payload` = json_set(json_remove(`payload`, '$.friendId'), '$.changed', json_array(json_extract(`payload`, '$.friendId'))) WHERE `kind` = 'group' AND json_extract(`payload`, '$.friendId') IS NOT NULL;
