CREATE TABLE `delivery_cursors` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`event_id` integer NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`priority` integer DEFAULT 0 NOT NULL,
	`parent_id` integer DEFAULT 0 NOT NULL,
	`status` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `departments_updated_at` ON `departments` (`updated_at`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`group_id` integer,
	`payload` text NOT NULL,
	`created_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_user` ON `events` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_group` ON `events` (`group_id`,`id`);--> statement-breakpoint
CREATE TABLE `friend_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_user_id` integer NOT NULL,
	`to_user_id` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `friend_requests_pair` ON `friend_requests` (`from_user_id`,`to_user_id`);--> statement-breakpoint
CREATE INDEX `friend_requests_to_status` ON `friend_requests` (`to_user_id`,`status`);--> statement-breakpoint
CREATE TABLE `friendships` (
	`user_id` integer NOT NULL,
	`friend_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`user_id`, `friend_id`)
);
--> statement-breakpoint
CREATE TABLE `group_invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`inviter_id` integer NOT NULL,
	`invitee_id` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_invitations_key` ON `group_invitations` (`group_id`,`inviter_id`,`invitee_id`);--> statement-breakpoint
CREATE INDEX `group_invitations_invitee_status` ON `group_invitations` (`invitee_id`,`status`);--> statement-breakpoint
CREATE TABLE `group_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`status` integer DEFAULT 0 NOT NULL,
	`joined_at` integer DEFAULT (unixepoch()) NOT NULL,
	`joined_event_id` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `group_members_group_user` ON `group_members` (`group_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `group_members_user_status` ON `group_members` (`user_id`,`status`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`avatar` text DEFAULT '' NOT NULL,
	`creator_id` integer NOT NULL,
	`type` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`status` integer DEFAULT 0 NOT NULL,
	`last_msg_id` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`session_type` integer NOT NULL,
	`session_id` integer NOT NULL,
	`msg_id` integer NOT NULL,
	`from_user_id` integer NOT NULL,
	`to_id` integer NOT NULL,
	`msg_type` integer NOT NULL,
	`content` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_session_msg` ON `messages` (`session_type`,`session_id`,`msg_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_event` ON `messages` (`event_id`);--> statement-breakpoint
CREATE TABLE `nodes` (
	`node_id` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`heartbeat_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `presence` (
	`conn_id` text PRIMARY KEY NOT NULL,
	`node_id` text NOT NULL,
	`user_id` integer NOT NULL,
	`protocol` text NOT NULL,
	`client_type` integer DEFAULT 0 NOT NULL,
	`connected_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `presence_user` ON `presence` (`user_id`);--> statement-breakpoint
CREATE INDEX `presence_node` ON `presence` (`node_id`);--> statement-breakpoint
CREATE TABLE `relations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`small_id` integer NOT NULL,
	`big_id` integer NOT NULL,
	`last_msg_id` integer DEFAULT 0 NOT NULL,
	`last_message_at` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `relations_pair` ON `relations` (`small_id`,`big_id`);--> statement-breakpoint
CREATE TABLE `sms_codes` (
	`telephone` text NOT NULL,
	`scene` text NOT NULL,
	`code_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`failed_tries` integer DEFAULT 0 NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`telephone`, `scene`)
);
--> statement-breakpoint
CREATE TABLE `tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`renewed_at` integer,
	`renewals` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tokens_user_id` ON `tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `tokens_expires_at` ON `tokens` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`login_name` text,
	`telephone` text,
	`nickname` text DEFAULT '' NOT NULL,
	`avatar` text DEFAULT '' NOT NULL,
	`gender` integer DEFAULT 0 NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`domain` text DEFAULT '' NOT NULL,
	`department_id` integer DEFAULT 0 NOT NULL,
	`sign_info` text DEFAULT '' NOT NULL,
	`password_verifier` text NOT NULL,
	`status` integer DEFAULT 0 NOT NULL,
	`push_shield` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_name` ON `users` (`login_name`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_telephone` ON `users` (`telephone`);--> statement-breakpoint
CREATE INDEX `users_updated_at` ON `users` (`updated_at`);