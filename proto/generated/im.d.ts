import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace IM. */
export namespace IM {

    /** Namespace BaseDefine. */
    namespace BaseDefine {

        /** ServiceID enum. */
        enum ServiceID {

            /** SID_LOGIN value */
            SID_LOGIN = 1,

            /** SID_BUDDY_LIST value */
            SID_BUDDY_LIST = 2,

            /** SID_MSG value */
            SID_MSG = 3,

            /** SID_GROUP value */
            SID_GROUP = 4,

            /** SID_FILE value */
            SID_FILE = 5,

            /** SID_SWITCH_SERVICE value */
            SID_SWITCH_SERVICE = 6,

            /** SID_OTHER value */
            SID_OTHER = 7,

            /** SID_INTERNAL value */
            SID_INTERNAL = 8
        }

        /** LoginCmdID enum. */
        enum LoginCmdID {

            /** CID_LOGIN_REQ_MSGSERVER value */
            CID_LOGIN_REQ_MSGSERVER = 257,

            /** CID_LOGIN_RES_MSGSERVER value */
            CID_LOGIN_RES_MSGSERVER = 258,

            /** CID_LOGIN_REQ_USERLOGIN value */
            CID_LOGIN_REQ_USERLOGIN = 259,

            /** CID_LOGIN_RES_USERLOGIN value */
            CID_LOGIN_RES_USERLOGIN = 260,

            /** CID_LOGIN_REQ_LOGINOUT value */
            CID_LOGIN_REQ_LOGINOUT = 261,

            /** CID_LOGIN_RES_LOGINOUT value */
            CID_LOGIN_RES_LOGINOUT = 262,

            /** CID_LOGIN_KICK_USER value */
            CID_LOGIN_KICK_USER = 263,

            /** CID_LOGIN_REQ_DEVICETOKEN value */
            CID_LOGIN_REQ_DEVICETOKEN = 264,

            /** CID_LOGIN_RES_DEVICETOKEN value */
            CID_LOGIN_RES_DEVICETOKEN = 265,

            /** CID_LOGIN_REQ_KICKPCCLIENT value */
            CID_LOGIN_REQ_KICKPCCLIENT = 266,

            /** CID_LOGIN_RES_KICKPCCLIENT value */
            CID_LOGIN_RES_KICKPCCLIENT = 267,

            /** CID_LOGIN_REQ_PUSH_SHIELD value */
            CID_LOGIN_REQ_PUSH_SHIELD = 268,

            /** CID_LOGIN_RES_PUSH_SHIELD value */
            CID_LOGIN_RES_PUSH_SHIELD = 269,

            /** CID_LOGIN_REQ_QUERY_PUSH_SHIELD value */
            CID_LOGIN_REQ_QUERY_PUSH_SHIELD = 270,

            /** CID_LOGIN_RES_QUERY_PUSH_SHIELD value */
            CID_LOGIN_RES_QUERY_PUSH_SHIELD = 271
        }

        /** BuddyListCmdID enum. */
        enum BuddyListCmdID {

            /** CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST value */
            CID_BUDDY_LIST_RECENT_CONTACT_SESSION_REQUEST = 513,

            /** CID_BUDDY_LIST_RECENT_CONTACT_SESSION_RESPONSE value */
            CID_BUDDY_LIST_RECENT_CONTACT_SESSION_RESPONSE = 514,

            /** CID_BUDDY_LIST_STATUS_NOTIFY value */
            CID_BUDDY_LIST_STATUS_NOTIFY = 515,

            /** CID_BUDDY_LIST_USER_INFO_REQUEST value */
            CID_BUDDY_LIST_USER_INFO_REQUEST = 516,

            /** CID_BUDDY_LIST_USER_INFO_RESPONSE value */
            CID_BUDDY_LIST_USER_INFO_RESPONSE = 517,

            /** CID_BUDDY_LIST_REMOVE_SESSION_REQ value */
            CID_BUDDY_LIST_REMOVE_SESSION_REQ = 518,

            /** CID_BUDDY_LIST_REMOVE_SESSION_RES value */
            CID_BUDDY_LIST_REMOVE_SESSION_RES = 519,

            /** CID_BUDDY_LIST_ALL_USER_REQUEST value */
            CID_BUDDY_LIST_ALL_USER_REQUEST = 520,

            /** CID_BUDDY_LIST_ALL_USER_RESPONSE value */
            CID_BUDDY_LIST_ALL_USER_RESPONSE = 521,

            /** CID_BUDDY_LIST_USERS_STATUS_REQUEST value */
            CID_BUDDY_LIST_USERS_STATUS_REQUEST = 522,

            /** CID_BUDDY_LIST_USERS_STATUS_RESPONSE value */
            CID_BUDDY_LIST_USERS_STATUS_RESPONSE = 523,

            /** CID_BUDDY_LIST_CHANGE_AVATAR_REQUEST value */
            CID_BUDDY_LIST_CHANGE_AVATAR_REQUEST = 524,

            /** CID_BUDDY_LIST_CHANGE_AVATAR_RESPONSE value */
            CID_BUDDY_LIST_CHANGE_AVATAR_RESPONSE = 525,

            /** CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY value */
            CID_BUDDY_LIST_PC_LOGIN_STATUS_NOTIFY = 526,

            /** CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY value */
            CID_BUDDY_LIST_REMOVE_SESSION_NOTIFY = 527,

            /** CID_BUDDY_LIST_DEPARTMENT_REQUEST value */
            CID_BUDDY_LIST_DEPARTMENT_REQUEST = 528,

            /** CID_BUDDY_LIST_DEPARTMENT_RESPONSE value */
            CID_BUDDY_LIST_DEPARTMENT_RESPONSE = 529,

            /** CID_BUDDY_LIST_AVATAR_CHANGED_NOTIFY value */
            CID_BUDDY_LIST_AVATAR_CHANGED_NOTIFY = 530,

            /** CID_BUDDY_LIST_CHANGE_SIGN_INFO_REQUEST value */
            CID_BUDDY_LIST_CHANGE_SIGN_INFO_REQUEST = 531,

            /** CID_BUDDY_LIST_CHANGE_SIGN_INFO_RESPONSE value */
            CID_BUDDY_LIST_CHANGE_SIGN_INFO_RESPONSE = 532,

            /** CID_BUDDY_LIST_SIGN_INFO_CHANGED_NOTIFY value */
            CID_BUDDY_LIST_SIGN_INFO_CHANGED_NOTIFY = 533
        }

        /** MessageCmdID enum. */
        enum MessageCmdID {

            /** CID_MSG_DATA value */
            CID_MSG_DATA = 769,

            /** CID_MSG_DATA_ACK value */
            CID_MSG_DATA_ACK = 770,

            /** CID_MSG_READ_ACK value */
            CID_MSG_READ_ACK = 771,

            /** CID_MSG_READ_NOTIFY value */
            CID_MSG_READ_NOTIFY = 772,

            /** CID_MSG_TIME_REQUEST value */
            CID_MSG_TIME_REQUEST = 773,

            /** CID_MSG_TIME_RESPONSE value */
            CID_MSG_TIME_RESPONSE = 774,

            /** CID_MSG_UNREAD_CNT_REQUEST value */
            CID_MSG_UNREAD_CNT_REQUEST = 775,

            /** CID_MSG_UNREAD_CNT_RESPONSE value */
            CID_MSG_UNREAD_CNT_RESPONSE = 776,

            /** CID_MSG_LIST_REQUEST value */
            CID_MSG_LIST_REQUEST = 777,

            /** CID_MSG_LIST_RESPONSE value */
            CID_MSG_LIST_RESPONSE = 778,

            /** CID_MSG_GET_LATEST_MSG_ID_REQ value */
            CID_MSG_GET_LATEST_MSG_ID_REQ = 779,

            /** CID_MSG_GET_LATEST_MSG_ID_RSP value */
            CID_MSG_GET_LATEST_MSG_ID_RSP = 780,

            /** CID_MSG_GET_BY_MSG_ID_REQ value */
            CID_MSG_GET_BY_MSG_ID_REQ = 781,

            /** CID_MSG_GET_BY_MSG_ID_RES value */
            CID_MSG_GET_BY_MSG_ID_RES = 782
        }

        /** GroupCmdID enum. */
        enum GroupCmdID {

            /** CID_GROUP_NORMAL_LIST_REQUEST value */
            CID_GROUP_NORMAL_LIST_REQUEST = 1025,

            /** CID_GROUP_NORMAL_LIST_RESPONSE value */
            CID_GROUP_NORMAL_LIST_RESPONSE = 1026,

            /** CID_GROUP_INFO_REQUEST value */
            CID_GROUP_INFO_REQUEST = 1027,

            /** CID_GROUP_INFO_RESPONSE value */
            CID_GROUP_INFO_RESPONSE = 1028,

            /** CID_GROUP_CREATE_REQUEST value */
            CID_GROUP_CREATE_REQUEST = 1029,

            /** CID_GROUP_CREATE_RESPONSE value */
            CID_GROUP_CREATE_RESPONSE = 1030,

            /** CID_GROUP_CHANGE_MEMBER_REQUEST value */
            CID_GROUP_CHANGE_MEMBER_REQUEST = 1031,

            /** CID_GROUP_CHANGE_MEMBER_RESPONSE value */
            CID_GROUP_CHANGE_MEMBER_RESPONSE = 1032,

            /** CID_GROUP_SHIELD_GROUP_REQUEST value */
            CID_GROUP_SHIELD_GROUP_REQUEST = 1033,

            /** CID_GROUP_SHIELD_GROUP_RESPONSE value */
            CID_GROUP_SHIELD_GROUP_RESPONSE = 1034,

            /** CID_GROUP_CHANGE_MEMBER_NOTIFY value */
            CID_GROUP_CHANGE_MEMBER_NOTIFY = 1035
        }

        /** FileCmdID enum. */
        enum FileCmdID {

            /** CID_FILE_LOGIN_REQ value */
            CID_FILE_LOGIN_REQ = 1281,

            /** CID_FILE_LOGIN_RES value */
            CID_FILE_LOGIN_RES = 1282,

            /** CID_FILE_STATE value */
            CID_FILE_STATE = 1283,

            /** CID_FILE_PULL_DATA_REQ value */
            CID_FILE_PULL_DATA_REQ = 1284,

            /** CID_FILE_PULL_DATA_RSP value */
            CID_FILE_PULL_DATA_RSP = 1285,

            /** CID_FILE_REQUEST value */
            CID_FILE_REQUEST = 1286,

            /** CID_FILE_RESPONSE value */
            CID_FILE_RESPONSE = 1287,

            /** CID_FILE_NOTIFY value */
            CID_FILE_NOTIFY = 1288,

            /** CID_FILE_HAS_OFFLINE_REQ value */
            CID_FILE_HAS_OFFLINE_REQ = 1289,

            /** CID_FILE_HAS_OFFLINE_RES value */
            CID_FILE_HAS_OFFLINE_RES = 1290,

            /** CID_FILE_ADD_OFFLINE_REQ value */
            CID_FILE_ADD_OFFLINE_REQ = 1291,

            /** CID_FILE_DEL_OFFLINE_REQ value */
            CID_FILE_DEL_OFFLINE_REQ = 1292
        }

        /** SwitchServiceCmdID enum. */
        enum SwitchServiceCmdID {

            /** CID_SWITCH_P2P_CMD value */
            CID_SWITCH_P2P_CMD = 1537
        }

        /** OtherCmdID enum. */
        enum OtherCmdID {

            /** CID_OTHER_HEARTBEAT value */
            CID_OTHER_HEARTBEAT = 1793,

            /** CID_OTHER_STOP_RECV_PACKET value */
            CID_OTHER_STOP_RECV_PACKET = 1794,

            /** CID_OTHER_VALIDATE_REQ value */
            CID_OTHER_VALIDATE_REQ = 1795,

            /** CID_OTHER_VALIDATE_RSP value */
            CID_OTHER_VALIDATE_RSP = 1796,

            /** CID_OTHER_GET_DEVICE_TOKEN_REQ value */
            CID_OTHER_GET_DEVICE_TOKEN_REQ = 1797,

            /** CID_OTHER_GET_DEVICE_TOKEN_RSP value */
            CID_OTHER_GET_DEVICE_TOKEN_RSP = 1798,

            /** CID_OTHER_ROLE_SET value */
            CID_OTHER_ROLE_SET = 1799,

            /** CID_OTHER_ONLINE_USER_INFO value */
            CID_OTHER_ONLINE_USER_INFO = 1800,

            /** CID_OTHER_MSG_SERV_INFO value */
            CID_OTHER_MSG_SERV_INFO = 1801,

            /** CID_OTHER_USER_STATUS_UPDATE value */
            CID_OTHER_USER_STATUS_UPDATE = 1802,

            /** CID_OTHER_USER_CNT_UPDATE value */
            CID_OTHER_USER_CNT_UPDATE = 1803,

            /** CID_OTHER_SERVER_KICK_USER value */
            CID_OTHER_SERVER_KICK_USER = 1805,

            /** CID_OTHER_LOGIN_STATUS_NOTIFY value */
            CID_OTHER_LOGIN_STATUS_NOTIFY = 1806,

            /** CID_OTHER_PUSH_TO_USER_REQ value */
            CID_OTHER_PUSH_TO_USER_REQ = 1807,

            /** CID_OTHER_PUSH_TO_USER_RSP value */
            CID_OTHER_PUSH_TO_USER_RSP = 1808,

            /** CID_OTHER_GET_SHIELD_REQ value */
            CID_OTHER_GET_SHIELD_REQ = 1809,

            /** CID_OTHER_GET_SHIELD_RSP value */
            CID_OTHER_GET_SHIELD_RSP = 1810,

            /** CID_OTHER_FILE_TRANSFER_REQ value */
            CID_OTHER_FILE_TRANSFER_REQ = 1841,

            /** CID_OTHER_FILE_TRANSFER_RSP value */
            CID_OTHER_FILE_TRANSFER_RSP = 1842,

            /** CID_OTHER_FILE_SERVER_IP_REQ value */
            CID_OTHER_FILE_SERVER_IP_REQ = 1843,

            /** CID_OTHER_FILE_SERVER_IP_RSP value */
            CID_OTHER_FILE_SERVER_IP_RSP = 1844
        }

        /** ResultType enum. */
        enum ResultType {

            /** REFUSE_REASON_NONE value */
            REFUSE_REASON_NONE = 0,

            /** REFUSE_REASON_NO_MSG_SERVER value */
            REFUSE_REASON_NO_MSG_SERVER = 1,

            /** REFUSE_REASON_MSG_SERVER_FULL value */
            REFUSE_REASON_MSG_SERVER_FULL = 2,

            /** REFUSE_REASON_NO_DB_SERVER value */
            REFUSE_REASON_NO_DB_SERVER = 3,

            /** REFUSE_REASON_NO_LOGIN_SERVER value */
            REFUSE_REASON_NO_LOGIN_SERVER = 4,

            /** REFUSE_REASON_NO_ROUTE_SERVER value */
            REFUSE_REASON_NO_ROUTE_SERVER = 5,

            /** REFUSE_REASON_DB_VALIDATE_FAILED value */
            REFUSE_REASON_DB_VALIDATE_FAILED = 6,

            /** REFUSE_REASON_VERSION_TOO_OLD value */
            REFUSE_REASON_VERSION_TOO_OLD = 7
        }

        /** KickReasonType enum. */
        enum KickReasonType {

            /** KICK_REASON_DUPLICATE_USER value */
            KICK_REASON_DUPLICATE_USER = 1,

            /** KICK_REASON_MOBILE_KICK value */
            KICK_REASON_MOBILE_KICK = 2
        }

        /** OnlineListType enum. */
        enum OnlineListType {

            /** ONLINE_LIST_TYPE_FRIEND_LIST value */
            ONLINE_LIST_TYPE_FRIEND_LIST = 1
        }

        /** UserStatType enum. */
        enum UserStatType {

            /** USER_STATUS_ONLINE value */
            USER_STATUS_ONLINE = 1,

            /** USER_STATUS_OFFLINE value */
            USER_STATUS_OFFLINE = 2,

            /** USER_STATUS_LEAVE value */
            USER_STATUS_LEAVE = 3
        }

        /** SessionType enum. */
        enum SessionType {

            /** SESSION_TYPE_SINGLE value */
            SESSION_TYPE_SINGLE = 1,

            /** SESSION_TYPE_GROUP value */
            SESSION_TYPE_GROUP = 2
        }

        /** MsgType enum. */
        enum MsgType {

            /** MSG_TYPE_SINGLE_TEXT value */
            MSG_TYPE_SINGLE_TEXT = 1,

            /** MSG_TYPE_SINGLE_AUDIO value */
            MSG_TYPE_SINGLE_AUDIO = 2,

            /** MSG_TYPE_GROUP_TEXT value */
            MSG_TYPE_GROUP_TEXT = 17,

            /** MSG_TYPE_GROUP_AUDIO value */
            MSG_TYPE_GROUP_AUDIO = 18
        }

        /** ClientType enum. */
        enum ClientType {

            /** CLIENT_TYPE_WINDOWS value */
            CLIENT_TYPE_WINDOWS = 1,

            /** CLIENT_TYPE_MAC value */
            CLIENT_TYPE_MAC = 2,

            /** CLIENT_TYPE_IOS value */
            CLIENT_TYPE_IOS = 17,

            /** CLIENT_TYPE_ANDROID value */
            CLIENT_TYPE_ANDROID = 18
        }

        /** GroupType enum. */
        enum GroupType {

            /** GROUP_TYPE_NORMAL value */
            GROUP_TYPE_NORMAL = 1,

            /** GROUP_TYPE_TMP value */
            GROUP_TYPE_TMP = 2
        }

        /** GroupModifyType enum. */
        enum GroupModifyType {

            /** GROUP_MODIFY_TYPE_ADD value */
            GROUP_MODIFY_TYPE_ADD = 1,

            /** GROUP_MODIFY_TYPE_DEL value */
            GROUP_MODIFY_TYPE_DEL = 2
        }

        /** TransferFileType enum. */
        enum TransferFileType {

            /** FILE_TYPE_ONLINE value */
            FILE_TYPE_ONLINE = 1,

            /** FILE_TYPE_OFFLINE value */
            FILE_TYPE_OFFLINE = 2
        }

        /** ClientFileState enum. */
        enum ClientFileState {

            /** CLIENT_FILE_PEER_READY value */
            CLIENT_FILE_PEER_READY = 0,

            /** CLIENT_FILE_CANCEL value */
            CLIENT_FILE_CANCEL = 1,

            /** CLIENT_FILE_REFUSE value */
            CLIENT_FILE_REFUSE = 2,

            /** CLIENT_FILE_DONE value */
            CLIENT_FILE_DONE = 3
        }

        /** ClientFileRole enum. */
        enum ClientFileRole {

            /** CLIENT_REALTIME_SENDER value */
            CLIENT_REALTIME_SENDER = 1,

            /** CLIENT_REALTIME_RECVER value */
            CLIENT_REALTIME_RECVER = 2,

            /** CLIENT_OFFLINE_UPLOAD value */
            CLIENT_OFFLINE_UPLOAD = 3,

            /** CLIENT_OFFLINE_DOWNLOAD value */
            CLIENT_OFFLINE_DOWNLOAD = 4
        }

        /** FileServerError enum. */
        enum FileServerError {

            /** FILE_SERVER_ERRNO_OK value */
            FILE_SERVER_ERRNO_OK = 0,

            /** FILE_SERVER_ERRNO_CREATE_TASK_ID_ERROR value */
            FILE_SERVER_ERRNO_CREATE_TASK_ID_ERROR = 1,

            /** FILE_SERVER_ERRNO_CREATE_TASK_ERROR value */
            FILE_SERVER_ERRNO_CREATE_TASK_ERROR = 2,

            /** FILE_SERVER_ERRNO_LOGIN_INVALID_TOKEN value */
            FILE_SERVER_ERRNO_LOGIN_INVALID_TOKEN = 3,

            /** FILE_SERVER_ERRNO_INVALID_USER_FOR_TASK value */
            FILE_SERVER_ERRNO_INVALID_USER_FOR_TASK = 4,

            /** FILE_SERVER_ERRNO_PULL_DATA_WITH_INVALID_TASK_ID value */
            FILE_SERVER_ERRNO_PULL_DATA_WITH_INVALID_TASK_ID = 5,

            /** FILE_SERVER_ERRNO_PULL_DATA_ILLIEAGE_USER value */
            FILE_SERVER_ERRNO_PULL_DATA_ILLIEAGE_USER = 6,

            /** FILE_SERVER_ERRNO_PULL_DATA_MKDIR_ERROR value */
            FILE_SERVER_ERRNO_PULL_DATA_MKDIR_ERROR = 7,

            /** FILE_SERVER_ERRNO_PULL_DATA_OPEN_FILE_ERROR value */
            FILE_SERVER_ERRNO_PULL_DATA_OPEN_FILE_ERROR = 8,

            /** FILE_SERVER_ERRNO_PULL_DATA_READ_FILE_HEADER_ERROR value */
            FILE_SERVER_ERRNO_PULL_DATA_READ_FILE_HEADER_ERROR = 9,

            /** FILE_SERVER_ERRNO_PULL_DATA_ALLOC_MEM_ERROR value */
            FILE_SERVER_ERRNO_PULL_DATA_ALLOC_MEM_ERROR = 10,

            /** FILE_SERVER_ERRNO_PULL_DATA_SEEK_OFFSET_ERROR value */
            FILE_SERVER_ERRNO_PULL_DATA_SEEK_OFFSET_ERROR = 11,

            /** FILE_SERVER_ERRNO_PULL_DATA_FINISHED value */
            FILE_SERVER_ERRNO_PULL_DATA_FINISHED = 12
        }

        /** SessionStatusType enum. */
        enum SessionStatusType {

            /** SESSION_STATUS_OK value */
            SESSION_STATUS_OK = 0,

            /** SESSION_STATUS_DELETE value */
            SESSION_STATUS_DELETE = 1
        }

        /** DepartmentStatusType enum. */
        enum DepartmentStatusType {

            /** DEPT_STATUS_OK value */
            DEPT_STATUS_OK = 0,

            /** DEPT_STATUS_DELETE value */
            DEPT_STATUS_DELETE = 1
        }

        /**
         * Properties of an IpAddr.
         * @deprecated Use IM.BaseDefine.IpAddr.$Properties instead.
         */
        interface IIpAddr extends IM.BaseDefine.IpAddr.$Properties {
        }

        /** Represents an IpAddr. */
        class IpAddr {

            /**
             * Constructs a new IpAddr.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.IpAddr.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IpAddr ip. */
            ip: string;

            /** IpAddr port. */
            port: number;

            /**
             * Creates a new IpAddr instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IpAddr instance
             */
            static create(properties: IM.BaseDefine.IpAddr.$Shape): IM.BaseDefine.IpAddr & IM.BaseDefine.IpAddr.$Shape;
            static create(properties?: IM.BaseDefine.IpAddr.$Properties): IM.BaseDefine.IpAddr;

            /**
             * Encodes the specified IpAddr message. Does not implicitly {@link IM.BaseDefine.IpAddr.verify|verify} messages.
             * @param message IpAddr message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.IpAddr.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IpAddr message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.IpAddr & IM.BaseDefine.IpAddr.$Shape} IpAddr
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.IpAddr & IM.BaseDefine.IpAddr.$Shape;

            /**
             * Verifies an IpAddr message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IpAddr message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IpAddr
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.IpAddr;

            /**
             * Creates a plain object from an IpAddr message. Also converts values to other types if specified.
             * @param message IpAddr
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.IpAddr, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IpAddr to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IpAddr {

            /** Properties of an IpAddr. */
            interface $Properties {

                /** IpAddr ip */
                ip: string;

                /** IpAddr port */
                port: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IpAddr. */
            type $Shape = IM.BaseDefine.IpAddr.$Properties;
        }

        /**
         * Properties of a UserInfo.
         * @deprecated Use IM.BaseDefine.UserInfo.$Properties instead.
         */
        interface IUserInfo extends IM.BaseDefine.UserInfo.$Properties {
        }

        /** Represents a UserInfo. */
        class UserInfo {

            /**
             * Constructs a new UserInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.UserInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserInfo user_id. */
            user_id: number;

            /** UserInfo user_gender. */
            user_gender: number;

            /** UserInfo user_nick_name. */
            user_nick_name: string;

            /** UserInfo avatar_url. */
            avatar_url: string;

            /** UserInfo department_id. */
            department_id: number;

            /** UserInfo email. */
            email: string;

            /** UserInfo user_real_name. */
            user_real_name: string;

            /** UserInfo user_tel. */
            user_tel: string;

            /** UserInfo user_domain. */
            user_domain: string;

            /** UserInfo status. */
            status: number;

            /** UserInfo sign_info. */
            sign_info: string;

            /**
             * Creates a new UserInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserInfo instance
             */
            static create(properties: IM.BaseDefine.UserInfo.$Shape): IM.BaseDefine.UserInfo & IM.BaseDefine.UserInfo.$Shape;
            static create(properties?: IM.BaseDefine.UserInfo.$Properties): IM.BaseDefine.UserInfo;

            /**
             * Encodes the specified UserInfo message. Does not implicitly {@link IM.BaseDefine.UserInfo.verify|verify} messages.
             * @param message UserInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.UserInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.UserInfo & IM.BaseDefine.UserInfo.$Shape} UserInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.UserInfo & IM.BaseDefine.UserInfo.$Shape;

            /**
             * Verifies a UserInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.UserInfo;

            /**
             * Creates a plain object from a UserInfo message. Also converts values to other types if specified.
             * @param message UserInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.UserInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UserInfo {

            /** Properties of a UserInfo. */
            interface $Properties {

                /** UserInfo user_id */
                user_id: number;

                /** UserInfo user_gender */
                user_gender: number;

                /** UserInfo user_nick_name */
                user_nick_name: string;

                /** UserInfo avatar_url */
                avatar_url: string;

                /** UserInfo department_id */
                department_id: number;

                /** UserInfo email */
                email: string;

                /** UserInfo user_real_name */
                user_real_name: string;

                /** UserInfo user_tel */
                user_tel: string;

                /** UserInfo user_domain */
                user_domain: string;

                /** UserInfo status */
                status: number;

                /** UserInfo sign_info */
                sign_info?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserInfo. */
            type $Shape = IM.BaseDefine.UserInfo.$Properties;
        }

        /**
         * Properties of a ContactSessionInfo.
         * @deprecated Use IM.BaseDefine.ContactSessionInfo.$Properties instead.
         */
        interface IContactSessionInfo extends IM.BaseDefine.ContactSessionInfo.$Properties {
        }

        /** Represents a ContactSessionInfo. */
        class ContactSessionInfo {

            /**
             * Constructs a new ContactSessionInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.ContactSessionInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ContactSessionInfo session_id. */
            session_id: number;

            /** ContactSessionInfo session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** ContactSessionInfo session_status. */
            session_status: IM.BaseDefine.SessionStatusType;

            /** ContactSessionInfo updated_time. */
            updated_time: number;

            /** ContactSessionInfo latest_msg_id. */
            latest_msg_id: number;

            /** ContactSessionInfo latest_msg_data. */
            latest_msg_data: Uint8Array;

            /** ContactSessionInfo latest_msg_type. */
            latest_msg_type: IM.BaseDefine.MsgType;

            /** ContactSessionInfo latest_msg_from_user_id. */
            latest_msg_from_user_id: number;

            /**
             * Creates a new ContactSessionInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ContactSessionInfo instance
             */
            static create(properties: IM.BaseDefine.ContactSessionInfo.$Shape): IM.BaseDefine.ContactSessionInfo & IM.BaseDefine.ContactSessionInfo.$Shape;
            static create(properties?: IM.BaseDefine.ContactSessionInfo.$Properties): IM.BaseDefine.ContactSessionInfo;

            /**
             * Encodes the specified ContactSessionInfo message. Does not implicitly {@link IM.BaseDefine.ContactSessionInfo.verify|verify} messages.
             * @param message ContactSessionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.ContactSessionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ContactSessionInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.ContactSessionInfo & IM.BaseDefine.ContactSessionInfo.$Shape} ContactSessionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.ContactSessionInfo & IM.BaseDefine.ContactSessionInfo.$Shape;

            /**
             * Verifies a ContactSessionInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ContactSessionInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ContactSessionInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.ContactSessionInfo;

            /**
             * Creates a plain object from a ContactSessionInfo message. Also converts values to other types if specified.
             * @param message ContactSessionInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.ContactSessionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ContactSessionInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ContactSessionInfo {

            /** Properties of a ContactSessionInfo. */
            interface $Properties {

                /** ContactSessionInfo session_id */
                session_id: number;

                /** ContactSessionInfo session_type */
                session_type: IM.BaseDefine.SessionType;

                /** ContactSessionInfo session_status */
                session_status: IM.BaseDefine.SessionStatusType;

                /** ContactSessionInfo updated_time */
                updated_time: number;

                /** ContactSessionInfo latest_msg_id */
                latest_msg_id: number;

                /** ContactSessionInfo latest_msg_data */
                latest_msg_data: Uint8Array;

                /** ContactSessionInfo latest_msg_type */
                latest_msg_type: IM.BaseDefine.MsgType;

                /** ContactSessionInfo latest_msg_from_user_id */
                latest_msg_from_user_id: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ContactSessionInfo. */
            type $Shape = IM.BaseDefine.ContactSessionInfo.$Properties;
        }

        /**
         * Properties of a UserStat.
         * @deprecated Use IM.BaseDefine.UserStat.$Properties instead.
         */
        interface IUserStat extends IM.BaseDefine.UserStat.$Properties {
        }

        /** Represents a UserStat. */
        class UserStat {

            /**
             * Constructs a new UserStat.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.UserStat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserStat user_id. */
            user_id: number;

            /** UserStat status. */
            status: IM.BaseDefine.UserStatType;

            /**
             * Creates a new UserStat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserStat instance
             */
            static create(properties: IM.BaseDefine.UserStat.$Shape): IM.BaseDefine.UserStat & IM.BaseDefine.UserStat.$Shape;
            static create(properties?: IM.BaseDefine.UserStat.$Properties): IM.BaseDefine.UserStat;

            /**
             * Encodes the specified UserStat message. Does not implicitly {@link IM.BaseDefine.UserStat.verify|verify} messages.
             * @param message UserStat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.UserStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserStat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.UserStat & IM.BaseDefine.UserStat.$Shape} UserStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.UserStat & IM.BaseDefine.UserStat.$Shape;

            /**
             * Verifies a UserStat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserStat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserStat
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.UserStat;

            /**
             * Creates a plain object from a UserStat message. Also converts values to other types if specified.
             * @param message UserStat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.UserStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserStat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UserStat {

            /** Properties of a UserStat. */
            interface $Properties {

                /** UserStat user_id */
                user_id: number;

                /** UserStat status */
                status: IM.BaseDefine.UserStatType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserStat. */
            type $Shape = IM.BaseDefine.UserStat.$Properties;
        }

        /**
         * Properties of a ServerUserStat.
         * @deprecated Use IM.BaseDefine.ServerUserStat.$Properties instead.
         */
        interface IServerUserStat extends IM.BaseDefine.ServerUserStat.$Properties {
        }

        /** Represents a ServerUserStat. */
        class ServerUserStat {

            /**
             * Constructs a new ServerUserStat.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.ServerUserStat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerUserStat user_id. */
            user_id: number;

            /** ServerUserStat status. */
            status: IM.BaseDefine.UserStatType;

            /** ServerUserStat client_type. */
            client_type: IM.BaseDefine.ClientType;

            /**
             * Creates a new ServerUserStat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerUserStat instance
             */
            static create(properties: IM.BaseDefine.ServerUserStat.$Shape): IM.BaseDefine.ServerUserStat & IM.BaseDefine.ServerUserStat.$Shape;
            static create(properties?: IM.BaseDefine.ServerUserStat.$Properties): IM.BaseDefine.ServerUserStat;

            /**
             * Encodes the specified ServerUserStat message. Does not implicitly {@link IM.BaseDefine.ServerUserStat.verify|verify} messages.
             * @param message ServerUserStat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.ServerUserStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerUserStat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.ServerUserStat & IM.BaseDefine.ServerUserStat.$Shape} ServerUserStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.ServerUserStat & IM.BaseDefine.ServerUserStat.$Shape;

            /**
             * Verifies a ServerUserStat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerUserStat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerUserStat
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.ServerUserStat;

            /**
             * Creates a plain object from a ServerUserStat message. Also converts values to other types if specified.
             * @param message ServerUserStat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.ServerUserStat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerUserStat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ServerUserStat {

            /** Properties of a ServerUserStat. */
            interface $Properties {

                /** ServerUserStat user_id */
                user_id: number;

                /** ServerUserStat status */
                status: IM.BaseDefine.UserStatType;

                /** ServerUserStat client_type */
                client_type: IM.BaseDefine.ClientType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerUserStat. */
            type $Shape = IM.BaseDefine.ServerUserStat.$Properties;
        }

        /**
         * Properties of an UnreadInfo.
         * @deprecated Use IM.BaseDefine.UnreadInfo.$Properties instead.
         */
        interface IUnreadInfo extends IM.BaseDefine.UnreadInfo.$Properties {
        }

        /** Represents an UnreadInfo. */
        class UnreadInfo {

            /**
             * Constructs a new UnreadInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.UnreadInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnreadInfo session_id. */
            session_id: number;

            /** UnreadInfo session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** UnreadInfo unread_cnt. */
            unread_cnt: number;

            /** UnreadInfo latest_msg_id. */
            latest_msg_id: number;

            /** UnreadInfo latest_msg_data. */
            latest_msg_data: Uint8Array;

            /** UnreadInfo latest_msg_type. */
            latest_msg_type: IM.BaseDefine.MsgType;

            /** UnreadInfo latest_msg_from_user_id. */
            latest_msg_from_user_id: number;

            /**
             * Creates a new UnreadInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnreadInfo instance
             */
            static create(properties: IM.BaseDefine.UnreadInfo.$Shape): IM.BaseDefine.UnreadInfo & IM.BaseDefine.UnreadInfo.$Shape;
            static create(properties?: IM.BaseDefine.UnreadInfo.$Properties): IM.BaseDefine.UnreadInfo;

            /**
             * Encodes the specified UnreadInfo message. Does not implicitly {@link IM.BaseDefine.UnreadInfo.verify|verify} messages.
             * @param message UnreadInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.UnreadInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnreadInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.UnreadInfo & IM.BaseDefine.UnreadInfo.$Shape} UnreadInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.UnreadInfo & IM.BaseDefine.UnreadInfo.$Shape;

            /**
             * Verifies an UnreadInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an UnreadInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UnreadInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.UnreadInfo;

            /**
             * Creates a plain object from an UnreadInfo message. Also converts values to other types if specified.
             * @param message UnreadInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.UnreadInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UnreadInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UnreadInfo {

            /** Properties of an UnreadInfo. */
            interface $Properties {

                /** UnreadInfo session_id */
                session_id: number;

                /** UnreadInfo session_type */
                session_type: IM.BaseDefine.SessionType;

                /** UnreadInfo unread_cnt */
                unread_cnt: number;

                /** UnreadInfo latest_msg_id */
                latest_msg_id: number;

                /** UnreadInfo latest_msg_data */
                latest_msg_data: Uint8Array;

                /** UnreadInfo latest_msg_type */
                latest_msg_type: IM.BaseDefine.MsgType;

                /** UnreadInfo latest_msg_from_user_id */
                latest_msg_from_user_id: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnreadInfo. */
            type $Shape = IM.BaseDefine.UnreadInfo.$Properties;
        }

        /**
         * Properties of a MsgInfo.
         * @deprecated Use IM.BaseDefine.MsgInfo.$Properties instead.
         */
        interface IMsgInfo extends IM.BaseDefine.MsgInfo.$Properties {
        }

        /** Represents a MsgInfo. */
        class MsgInfo {

            /**
             * Constructs a new MsgInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.MsgInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MsgInfo msg_id. */
            msg_id: number;

            /** MsgInfo from_session_id. */
            from_session_id: number;

            /** MsgInfo create_time. */
            create_time: number;

            /** MsgInfo msg_type. */
            msg_type: IM.BaseDefine.MsgType;

            /** MsgInfo msg_data. */
            msg_data: Uint8Array;

            /**
             * Creates a new MsgInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MsgInfo instance
             */
            static create(properties: IM.BaseDefine.MsgInfo.$Shape): IM.BaseDefine.MsgInfo & IM.BaseDefine.MsgInfo.$Shape;
            static create(properties?: IM.BaseDefine.MsgInfo.$Properties): IM.BaseDefine.MsgInfo;

            /**
             * Encodes the specified MsgInfo message. Does not implicitly {@link IM.BaseDefine.MsgInfo.verify|verify} messages.
             * @param message MsgInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.MsgInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MsgInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.MsgInfo & IM.BaseDefine.MsgInfo.$Shape} MsgInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.MsgInfo & IM.BaseDefine.MsgInfo.$Shape;

            /**
             * Verifies a MsgInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MsgInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MsgInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.MsgInfo;

            /**
             * Creates a plain object from a MsgInfo message. Also converts values to other types if specified.
             * @param message MsgInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.MsgInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MsgInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MsgInfo {

            /** Properties of a MsgInfo. */
            interface $Properties {

                /** MsgInfo msg_id */
                msg_id: number;

                /** MsgInfo from_session_id */
                from_session_id: number;

                /** MsgInfo create_time */
                create_time: number;

                /** MsgInfo msg_type */
                msg_type: IM.BaseDefine.MsgType;

                /** MsgInfo msg_data */
                msg_data: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MsgInfo. */
            type $Shape = IM.BaseDefine.MsgInfo.$Properties;
        }

        /**
         * Properties of a GroupVersionInfo.
         * @deprecated Use IM.BaseDefine.GroupVersionInfo.$Properties instead.
         */
        interface IGroupVersionInfo extends IM.BaseDefine.GroupVersionInfo.$Properties {
        }

        /** Represents a GroupVersionInfo. */
        class GroupVersionInfo {

            /**
             * Constructs a new GroupVersionInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.GroupVersionInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupVersionInfo group_id. */
            group_id: number;

            /** GroupVersionInfo version. */
            version: number;

            /**
             * Creates a new GroupVersionInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupVersionInfo instance
             */
            static create(properties: IM.BaseDefine.GroupVersionInfo.$Shape): IM.BaseDefine.GroupVersionInfo & IM.BaseDefine.GroupVersionInfo.$Shape;
            static create(properties?: IM.BaseDefine.GroupVersionInfo.$Properties): IM.BaseDefine.GroupVersionInfo;

            /**
             * Encodes the specified GroupVersionInfo message. Does not implicitly {@link IM.BaseDefine.GroupVersionInfo.verify|verify} messages.
             * @param message GroupVersionInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.GroupVersionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupVersionInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.GroupVersionInfo & IM.BaseDefine.GroupVersionInfo.$Shape} GroupVersionInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.GroupVersionInfo & IM.BaseDefine.GroupVersionInfo.$Shape;

            /**
             * Verifies a GroupVersionInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupVersionInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupVersionInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.GroupVersionInfo;

            /**
             * Creates a plain object from a GroupVersionInfo message. Also converts values to other types if specified.
             * @param message GroupVersionInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.GroupVersionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupVersionInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GroupVersionInfo {

            /** Properties of a GroupVersionInfo. */
            interface $Properties {

                /** GroupVersionInfo group_id */
                group_id: number;

                /** GroupVersionInfo version */
                version: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupVersionInfo. */
            type $Shape = IM.BaseDefine.GroupVersionInfo.$Properties;
        }

        /**
         * Properties of a GroupInfo.
         * @deprecated Use IM.BaseDefine.GroupInfo.$Properties instead.
         */
        interface IGroupInfo extends IM.BaseDefine.GroupInfo.$Properties {
        }

        /** Represents a GroupInfo. */
        class GroupInfo {

            /**
             * Constructs a new GroupInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.GroupInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupInfo group_id. */
            group_id: number;

            /** GroupInfo version. */
            version: number;

            /** GroupInfo group_name. */
            group_name: string;

            /** GroupInfo group_avatar. */
            group_avatar: string;

            /** GroupInfo group_creator_id. */
            group_creator_id: number;

            /** GroupInfo group_type. */
            group_type: IM.BaseDefine.GroupType;

            /** GroupInfo shield_status. */
            shield_status: number;

            /** GroupInfo group_member_list. */
            group_member_list: number[];

            /**
             * Creates a new GroupInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupInfo instance
             */
            static create(properties: IM.BaseDefine.GroupInfo.$Shape): IM.BaseDefine.GroupInfo & IM.BaseDefine.GroupInfo.$Shape;
            static create(properties?: IM.BaseDefine.GroupInfo.$Properties): IM.BaseDefine.GroupInfo;

            /**
             * Encodes the specified GroupInfo message. Does not implicitly {@link IM.BaseDefine.GroupInfo.verify|verify} messages.
             * @param message GroupInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.GroupInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.GroupInfo & IM.BaseDefine.GroupInfo.$Shape} GroupInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.GroupInfo & IM.BaseDefine.GroupInfo.$Shape;

            /**
             * Verifies a GroupInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.GroupInfo;

            /**
             * Creates a plain object from a GroupInfo message. Also converts values to other types if specified.
             * @param message GroupInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.GroupInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GroupInfo {

            /** Properties of a GroupInfo. */
            interface $Properties {

                /** GroupInfo group_id */
                group_id: number;

                /** GroupInfo version */
                version: number;

                /** GroupInfo group_name */
                group_name: string;

                /** GroupInfo group_avatar */
                group_avatar: string;

                /** GroupInfo group_creator_id */
                group_creator_id: number;

                /** GroupInfo group_type */
                group_type: IM.BaseDefine.GroupType;

                /** GroupInfo shield_status */
                shield_status: number;

                /** GroupInfo group_member_list */
                group_member_list?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupInfo. */
            type $Shape = IM.BaseDefine.GroupInfo.$Properties;
        }

        /**
         * Properties of a UserTokenInfo.
         * @deprecated Use IM.BaseDefine.UserTokenInfo.$Properties instead.
         */
        interface IUserTokenInfo extends IM.BaseDefine.UserTokenInfo.$Properties {
        }

        /** Represents a UserTokenInfo. */
        class UserTokenInfo {

            /**
             * Constructs a new UserTokenInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.UserTokenInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserTokenInfo user_id. */
            user_id: number;

            /** UserTokenInfo user_type. */
            user_type: IM.BaseDefine.ClientType;

            /** UserTokenInfo token. */
            token: string;

            /** UserTokenInfo push_count. */
            push_count: number;

            /** UserTokenInfo push_type. */
            push_type: number;

            /**
             * Creates a new UserTokenInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserTokenInfo instance
             */
            static create(properties: IM.BaseDefine.UserTokenInfo.$Shape): IM.BaseDefine.UserTokenInfo & IM.BaseDefine.UserTokenInfo.$Shape;
            static create(properties?: IM.BaseDefine.UserTokenInfo.$Properties): IM.BaseDefine.UserTokenInfo;

            /**
             * Encodes the specified UserTokenInfo message. Does not implicitly {@link IM.BaseDefine.UserTokenInfo.verify|verify} messages.
             * @param message UserTokenInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.UserTokenInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserTokenInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.UserTokenInfo & IM.BaseDefine.UserTokenInfo.$Shape} UserTokenInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.UserTokenInfo & IM.BaseDefine.UserTokenInfo.$Shape;

            /**
             * Verifies a UserTokenInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserTokenInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserTokenInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.UserTokenInfo;

            /**
             * Creates a plain object from a UserTokenInfo message. Also converts values to other types if specified.
             * @param message UserTokenInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.UserTokenInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserTokenInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UserTokenInfo {

            /** Properties of a UserTokenInfo. */
            interface $Properties {

                /** UserTokenInfo user_id */
                user_id: number;

                /** UserTokenInfo user_type */
                user_type: IM.BaseDefine.ClientType;

                /** UserTokenInfo token */
                token: string;

                /** UserTokenInfo push_count */
                push_count: number;

                /** UserTokenInfo push_type */
                push_type: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserTokenInfo. */
            type $Shape = IM.BaseDefine.UserTokenInfo.$Properties;
        }

        /**
         * Properties of a PushResult.
         * @deprecated Use IM.BaseDefine.PushResult.$Properties instead.
         */
        interface IPushResult extends IM.BaseDefine.PushResult.$Properties {
        }

        /** Represents a PushResult. */
        class PushResult {

            /**
             * Constructs a new PushResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.PushResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushResult user_token. */
            user_token: string;

            /** PushResult result_code. */
            result_code: number;

            /**
             * Creates a new PushResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushResult instance
             */
            static create(properties: IM.BaseDefine.PushResult.$Shape): IM.BaseDefine.PushResult & IM.BaseDefine.PushResult.$Shape;
            static create(properties?: IM.BaseDefine.PushResult.$Properties): IM.BaseDefine.PushResult;

            /**
             * Encodes the specified PushResult message. Does not implicitly {@link IM.BaseDefine.PushResult.verify|verify} messages.
             * @param message PushResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.PushResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.PushResult & IM.BaseDefine.PushResult.$Shape} PushResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.PushResult & IM.BaseDefine.PushResult.$Shape;

            /**
             * Verifies a PushResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushResult
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.PushResult;

            /**
             * Creates a plain object from a PushResult message. Also converts values to other types if specified.
             * @param message PushResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.PushResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PushResult {

            /** Properties of a PushResult. */
            interface $Properties {

                /** PushResult user_token */
                user_token: string;

                /** PushResult result_code */
                result_code: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushResult. */
            type $Shape = IM.BaseDefine.PushResult.$Properties;
        }

        /**
         * Properties of a ShieldStatus.
         * @deprecated Use IM.BaseDefine.ShieldStatus.$Properties instead.
         */
        interface IShieldStatus extends IM.BaseDefine.ShieldStatus.$Properties {
        }

        /** Represents a ShieldStatus. */
        class ShieldStatus {

            /**
             * Constructs a new ShieldStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.ShieldStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShieldStatus user_id. */
            user_id: number;

            /** ShieldStatus group_id. */
            group_id: number;

            /** ShieldStatus shield_status. */
            shield_status: number;

            /**
             * Creates a new ShieldStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShieldStatus instance
             */
            static create(properties: IM.BaseDefine.ShieldStatus.$Shape): IM.BaseDefine.ShieldStatus & IM.BaseDefine.ShieldStatus.$Shape;
            static create(properties?: IM.BaseDefine.ShieldStatus.$Properties): IM.BaseDefine.ShieldStatus;

            /**
             * Encodes the specified ShieldStatus message. Does not implicitly {@link IM.BaseDefine.ShieldStatus.verify|verify} messages.
             * @param message ShieldStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.ShieldStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShieldStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.ShieldStatus & IM.BaseDefine.ShieldStatus.$Shape} ShieldStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.ShieldStatus & IM.BaseDefine.ShieldStatus.$Shape;

            /**
             * Verifies a ShieldStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShieldStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShieldStatus
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.ShieldStatus;

            /**
             * Creates a plain object from a ShieldStatus message. Also converts values to other types if specified.
             * @param message ShieldStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.ShieldStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShieldStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ShieldStatus {

            /** Properties of a ShieldStatus. */
            interface $Properties {

                /** ShieldStatus user_id */
                user_id: number;

                /** ShieldStatus group_id */
                group_id: number;

                /** ShieldStatus shield_status */
                shield_status: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShieldStatus. */
            type $Shape = IM.BaseDefine.ShieldStatus.$Properties;
        }

        /**
         * Properties of an OfflineFileInfo.
         * @deprecated Use IM.BaseDefine.OfflineFileInfo.$Properties instead.
         */
        interface IOfflineFileInfo extends IM.BaseDefine.OfflineFileInfo.$Properties {
        }

        /** Represents an OfflineFileInfo. */
        class OfflineFileInfo {

            /**
             * Constructs a new OfflineFileInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.OfflineFileInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfflineFileInfo from_user_id. */
            from_user_id: number;

            /** OfflineFileInfo task_id. */
            task_id: string;

            /** OfflineFileInfo file_name. */
            file_name: string;

            /** OfflineFileInfo file_size. */
            file_size: number;

            /**
             * Creates a new OfflineFileInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfflineFileInfo instance
             */
            static create(properties: IM.BaseDefine.OfflineFileInfo.$Shape): IM.BaseDefine.OfflineFileInfo & IM.BaseDefine.OfflineFileInfo.$Shape;
            static create(properties?: IM.BaseDefine.OfflineFileInfo.$Properties): IM.BaseDefine.OfflineFileInfo;

            /**
             * Encodes the specified OfflineFileInfo message. Does not implicitly {@link IM.BaseDefine.OfflineFileInfo.verify|verify} messages.
             * @param message OfflineFileInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.OfflineFileInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfflineFileInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.OfflineFileInfo & IM.BaseDefine.OfflineFileInfo.$Shape} OfflineFileInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.OfflineFileInfo & IM.BaseDefine.OfflineFileInfo.$Shape;

            /**
             * Verifies an OfflineFileInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfflineFileInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfflineFileInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.OfflineFileInfo;

            /**
             * Creates a plain object from an OfflineFileInfo message. Also converts values to other types if specified.
             * @param message OfflineFileInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.OfflineFileInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfflineFileInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OfflineFileInfo {

            /** Properties of an OfflineFileInfo. */
            interface $Properties {

                /** OfflineFileInfo from_user_id */
                from_user_id: number;

                /** OfflineFileInfo task_id */
                task_id: string;

                /** OfflineFileInfo file_name */
                file_name: string;

                /** OfflineFileInfo file_size */
                file_size: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfflineFileInfo. */
            type $Shape = IM.BaseDefine.OfflineFileInfo.$Properties;
        }

        /**
         * Properties of a DepartInfo.
         * @deprecated Use IM.BaseDefine.DepartInfo.$Properties instead.
         */
        interface IDepartInfo extends IM.BaseDefine.DepartInfo.$Properties {
        }

        /** Represents a DepartInfo. */
        class DepartInfo {

            /**
             * Constructs a new DepartInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.DepartInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DepartInfo dept_id. */
            dept_id: number;

            /** DepartInfo priority. */
            priority: number;

            /** DepartInfo dept_name. */
            dept_name: string;

            /** DepartInfo parent_dept_id. */
            parent_dept_id: number;

            /** DepartInfo dept_status. */
            dept_status: IM.BaseDefine.DepartmentStatusType;

            /**
             * Creates a new DepartInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DepartInfo instance
             */
            static create(properties: IM.BaseDefine.DepartInfo.$Shape): IM.BaseDefine.DepartInfo & IM.BaseDefine.DepartInfo.$Shape;
            static create(properties?: IM.BaseDefine.DepartInfo.$Properties): IM.BaseDefine.DepartInfo;

            /**
             * Encodes the specified DepartInfo message. Does not implicitly {@link IM.BaseDefine.DepartInfo.verify|verify} messages.
             * @param message DepartInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.DepartInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DepartInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.DepartInfo & IM.BaseDefine.DepartInfo.$Shape} DepartInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.DepartInfo & IM.BaseDefine.DepartInfo.$Shape;

            /**
             * Verifies a DepartInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DepartInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DepartInfo
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.DepartInfo;

            /**
             * Creates a plain object from a DepartInfo message. Also converts values to other types if specified.
             * @param message DepartInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.DepartInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DepartInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DepartInfo {

            /** Properties of a DepartInfo. */
            interface $Properties {

                /** DepartInfo dept_id */
                dept_id: number;

                /** DepartInfo priority */
                priority: number;

                /** DepartInfo dept_name */
                dept_name: string;

                /** DepartInfo parent_dept_id */
                parent_dept_id: number;

                /** DepartInfo dept_status */
                dept_status: IM.BaseDefine.DepartmentStatusType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DepartInfo. */
            type $Shape = IM.BaseDefine.DepartInfo.$Properties;
        }

        /**
         * Properties of a PushShieldStatus.
         * @deprecated Use IM.BaseDefine.PushShieldStatus.$Properties instead.
         */
        interface IPushShieldStatus extends IM.BaseDefine.PushShieldStatus.$Properties {
        }

        /** Represents a PushShieldStatus. */
        class PushShieldStatus {

            /**
             * Constructs a new PushShieldStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.BaseDefine.PushShieldStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PushShieldStatus user_id. */
            user_id: number;

            /** PushShieldStatus shield_status. */
            shield_status: number;

            /**
             * Creates a new PushShieldStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PushShieldStatus instance
             */
            static create(properties: IM.BaseDefine.PushShieldStatus.$Shape): IM.BaseDefine.PushShieldStatus & IM.BaseDefine.PushShieldStatus.$Shape;
            static create(properties?: IM.BaseDefine.PushShieldStatus.$Properties): IM.BaseDefine.PushShieldStatus;

            /**
             * Encodes the specified PushShieldStatus message. Does not implicitly {@link IM.BaseDefine.PushShieldStatus.verify|verify} messages.
             * @param message PushShieldStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.BaseDefine.PushShieldStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PushShieldStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.BaseDefine.PushShieldStatus & IM.BaseDefine.PushShieldStatus.$Shape} PushShieldStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.BaseDefine.PushShieldStatus & IM.BaseDefine.PushShieldStatus.$Shape;

            /**
             * Verifies a PushShieldStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PushShieldStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PushShieldStatus
             */
            static fromObject(object: { [k: string]: any }): IM.BaseDefine.PushShieldStatus;

            /**
             * Creates a plain object from a PushShieldStatus message. Also converts values to other types if specified.
             * @param message PushShieldStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.BaseDefine.PushShieldStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PushShieldStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PushShieldStatus {

            /** Properties of a PushShieldStatus. */
            interface $Properties {

                /** PushShieldStatus user_id */
                user_id: number;

                /** PushShieldStatus shield_status */
                shield_status: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PushShieldStatus. */
            type $Shape = IM.BaseDefine.PushShieldStatus.$Properties;
        }
    }

    /** Namespace Buddy. */
    namespace Buddy {

        /**
         * Properties of a IMRecentContactSessionReq.
         * @deprecated Use IM.Buddy.IMRecentContactSessionReq.$Properties instead.
         */
        interface IIMRecentContactSessionReq extends IM.Buddy.IMRecentContactSessionReq.$Properties {
        }

        /** Represents a IMRecentContactSessionReq. */
        class IMRecentContactSessionReq {

            /**
             * Constructs a new IMRecentContactSessionReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMRecentContactSessionReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMRecentContactSessionReq user_id. */
            user_id: number;

            /** IMRecentContactSessionReq latest_update_time. */
            latest_update_time: number;

            /** IMRecentContactSessionReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMRecentContactSessionReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMRecentContactSessionReq instance
             */
            static create(properties: IM.Buddy.IMRecentContactSessionReq.$Shape): IM.Buddy.IMRecentContactSessionReq & IM.Buddy.IMRecentContactSessionReq.$Shape;
            static create(properties?: IM.Buddy.IMRecentContactSessionReq.$Properties): IM.Buddy.IMRecentContactSessionReq;

            /**
             * Encodes the specified IMRecentContactSessionReq message. Does not implicitly {@link IM.Buddy.IMRecentContactSessionReq.verify|verify} messages.
             * @param message IMRecentContactSessionReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMRecentContactSessionReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMRecentContactSessionReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMRecentContactSessionReq & IM.Buddy.IMRecentContactSessionReq.$Shape} IMRecentContactSessionReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMRecentContactSessionReq & IM.Buddy.IMRecentContactSessionReq.$Shape;

            /**
             * Verifies a IMRecentContactSessionReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMRecentContactSessionReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMRecentContactSessionReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMRecentContactSessionReq;

            /**
             * Creates a plain object from a IMRecentContactSessionReq message. Also converts values to other types if specified.
             * @param message IMRecentContactSessionReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMRecentContactSessionReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMRecentContactSessionReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMRecentContactSessionReq {

            /** Properties of a IMRecentContactSessionReq. */
            interface $Properties {

                /** IMRecentContactSessionReq user_id */
                user_id: number;

                /** IMRecentContactSessionReq latest_update_time */
                latest_update_time: number;

                /** IMRecentContactSessionReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMRecentContactSessionReq. */
            type $Shape = IM.Buddy.IMRecentContactSessionReq.$Properties;
        }

        /**
         * Properties of a IMRecentContactSessionRsp.
         * @deprecated Use IM.Buddy.IMRecentContactSessionRsp.$Properties instead.
         */
        interface IIMRecentContactSessionRsp extends IM.Buddy.IMRecentContactSessionRsp.$Properties {
        }

        /** Represents a IMRecentContactSessionRsp. */
        class IMRecentContactSessionRsp {

            /**
             * Constructs a new IMRecentContactSessionRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMRecentContactSessionRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMRecentContactSessionRsp user_id. */
            user_id: number;

            /** IMRecentContactSessionRsp contact_session_list. */
            contact_session_list: IM.BaseDefine.ContactSessionInfo.$Properties[];

            /** IMRecentContactSessionRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMRecentContactSessionRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMRecentContactSessionRsp instance
             */
            static create(properties: IM.Buddy.IMRecentContactSessionRsp.$Shape): IM.Buddy.IMRecentContactSessionRsp & IM.Buddy.IMRecentContactSessionRsp.$Shape;
            static create(properties?: IM.Buddy.IMRecentContactSessionRsp.$Properties): IM.Buddy.IMRecentContactSessionRsp;

            /**
             * Encodes the specified IMRecentContactSessionRsp message. Does not implicitly {@link IM.Buddy.IMRecentContactSessionRsp.verify|verify} messages.
             * @param message IMRecentContactSessionRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMRecentContactSessionRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMRecentContactSessionRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMRecentContactSessionRsp & IM.Buddy.IMRecentContactSessionRsp.$Shape} IMRecentContactSessionRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMRecentContactSessionRsp & IM.Buddy.IMRecentContactSessionRsp.$Shape;

            /**
             * Verifies a IMRecentContactSessionRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMRecentContactSessionRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMRecentContactSessionRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMRecentContactSessionRsp;

            /**
             * Creates a plain object from a IMRecentContactSessionRsp message. Also converts values to other types if specified.
             * @param message IMRecentContactSessionRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMRecentContactSessionRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMRecentContactSessionRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMRecentContactSessionRsp {

            /** Properties of a IMRecentContactSessionRsp. */
            interface $Properties {

                /** IMRecentContactSessionRsp user_id */
                user_id: number;

                /** IMRecentContactSessionRsp contact_session_list */
                contact_session_list?: (IM.BaseDefine.ContactSessionInfo.$Properties[]|null);

                /** IMRecentContactSessionRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMRecentContactSessionRsp. */
            type $Shape = IM.Buddy.IMRecentContactSessionRsp.$Properties;
        }

        /**
         * Properties of a IMUserStatNotify.
         * @deprecated Use IM.Buddy.IMUserStatNotify.$Properties instead.
         */
        interface IIMUserStatNotify extends IM.Buddy.IMUserStatNotify.$Properties {
        }

        /** Represents a IMUserStatNotify. */
        class IMUserStatNotify {

            /**
             * Constructs a new IMUserStatNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMUserStatNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUserStatNotify user_stat. */
            user_stat: IM.BaseDefine.UserStat.$Properties;

            /**
             * Creates a new IMUserStatNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUserStatNotify instance
             */
            static create(properties: IM.Buddy.IMUserStatNotify.$Shape): IM.Buddy.IMUserStatNotify & IM.Buddy.IMUserStatNotify.$Shape;
            static create(properties?: IM.Buddy.IMUserStatNotify.$Properties): IM.Buddy.IMUserStatNotify;

            /**
             * Encodes the specified IMUserStatNotify message. Does not implicitly {@link IM.Buddy.IMUserStatNotify.verify|verify} messages.
             * @param message IMUserStatNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMUserStatNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUserStatNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMUserStatNotify & IM.Buddy.IMUserStatNotify.$Shape} IMUserStatNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMUserStatNotify & IM.Buddy.IMUserStatNotify.$Shape;

            /**
             * Verifies a IMUserStatNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUserStatNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUserStatNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMUserStatNotify;

            /**
             * Creates a plain object from a IMUserStatNotify message. Also converts values to other types if specified.
             * @param message IMUserStatNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMUserStatNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUserStatNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUserStatNotify {

            /** Properties of a IMUserStatNotify. */
            interface $Properties {

                /** IMUserStatNotify user_stat */
                user_stat: IM.BaseDefine.UserStat.$Properties;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUserStatNotify. */
            type $Shape = IM.Buddy.IMUserStatNotify.$Properties;
        }

        /**
         * Properties of a IMUsersInfoReq.
         * @deprecated Use IM.Buddy.IMUsersInfoReq.$Properties instead.
         */
        interface IIMUsersInfoReq extends IM.Buddy.IMUsersInfoReq.$Properties {
        }

        /** Represents a IMUsersInfoReq. */
        class IMUsersInfoReq {

            /**
             * Constructs a new IMUsersInfoReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMUsersInfoReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUsersInfoReq user_id. */
            user_id: number;

            /** IMUsersInfoReq user_id_list. */
            user_id_list: number[];

            /** IMUsersInfoReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUsersInfoReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUsersInfoReq instance
             */
            static create(properties: IM.Buddy.IMUsersInfoReq.$Shape): IM.Buddy.IMUsersInfoReq & IM.Buddy.IMUsersInfoReq.$Shape;
            static create(properties?: IM.Buddy.IMUsersInfoReq.$Properties): IM.Buddy.IMUsersInfoReq;

            /**
             * Encodes the specified IMUsersInfoReq message. Does not implicitly {@link IM.Buddy.IMUsersInfoReq.verify|verify} messages.
             * @param message IMUsersInfoReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMUsersInfoReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUsersInfoReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMUsersInfoReq & IM.Buddy.IMUsersInfoReq.$Shape} IMUsersInfoReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMUsersInfoReq & IM.Buddy.IMUsersInfoReq.$Shape;

            /**
             * Verifies a IMUsersInfoReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUsersInfoReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUsersInfoReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMUsersInfoReq;

            /**
             * Creates a plain object from a IMUsersInfoReq message. Also converts values to other types if specified.
             * @param message IMUsersInfoReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMUsersInfoReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUsersInfoReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUsersInfoReq {

            /** Properties of a IMUsersInfoReq. */
            interface $Properties {

                /** IMUsersInfoReq user_id */
                user_id: number;

                /** IMUsersInfoReq user_id_list */
                user_id_list?: (number[]|null);

                /** IMUsersInfoReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUsersInfoReq. */
            type $Shape = IM.Buddy.IMUsersInfoReq.$Properties;
        }

        /**
         * Properties of a IMUsersInfoRsp.
         * @deprecated Use IM.Buddy.IMUsersInfoRsp.$Properties instead.
         */
        interface IIMUsersInfoRsp extends IM.Buddy.IMUsersInfoRsp.$Properties {
        }

        /** Represents a IMUsersInfoRsp. */
        class IMUsersInfoRsp {

            /**
             * Constructs a new IMUsersInfoRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMUsersInfoRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUsersInfoRsp user_id. */
            user_id: number;

            /** IMUsersInfoRsp user_info_list. */
            user_info_list: IM.BaseDefine.UserInfo.$Properties[];

            /** IMUsersInfoRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUsersInfoRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUsersInfoRsp instance
             */
            static create(properties: IM.Buddy.IMUsersInfoRsp.$Shape): IM.Buddy.IMUsersInfoRsp & IM.Buddy.IMUsersInfoRsp.$Shape;
            static create(properties?: IM.Buddy.IMUsersInfoRsp.$Properties): IM.Buddy.IMUsersInfoRsp;

            /**
             * Encodes the specified IMUsersInfoRsp message. Does not implicitly {@link IM.Buddy.IMUsersInfoRsp.verify|verify} messages.
             * @param message IMUsersInfoRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMUsersInfoRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUsersInfoRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMUsersInfoRsp & IM.Buddy.IMUsersInfoRsp.$Shape} IMUsersInfoRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMUsersInfoRsp & IM.Buddy.IMUsersInfoRsp.$Shape;

            /**
             * Verifies a IMUsersInfoRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUsersInfoRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUsersInfoRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMUsersInfoRsp;

            /**
             * Creates a plain object from a IMUsersInfoRsp message. Also converts values to other types if specified.
             * @param message IMUsersInfoRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMUsersInfoRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUsersInfoRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUsersInfoRsp {

            /** Properties of a IMUsersInfoRsp. */
            interface $Properties {

                /** IMUsersInfoRsp user_id */
                user_id: number;

                /** IMUsersInfoRsp user_info_list */
                user_info_list?: (IM.BaseDefine.UserInfo.$Properties[]|null);

                /** IMUsersInfoRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUsersInfoRsp. */
            type $Shape = IM.Buddy.IMUsersInfoRsp.$Properties;
        }

        /**
         * Properties of a IMRemoveSessionReq.
         * @deprecated Use IM.Buddy.IMRemoveSessionReq.$Properties instead.
         */
        interface IIMRemoveSessionReq extends IM.Buddy.IMRemoveSessionReq.$Properties {
        }

        /** Represents a IMRemoveSessionReq. */
        class IMRemoveSessionReq {

            /**
             * Constructs a new IMRemoveSessionReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMRemoveSessionReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMRemoveSessionReq user_id. */
            user_id: number;

            /** IMRemoveSessionReq session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMRemoveSessionReq session_id. */
            session_id: number;

            /** IMRemoveSessionReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMRemoveSessionReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMRemoveSessionReq instance
             */
            static create(properties: IM.Buddy.IMRemoveSessionReq.$Shape): IM.Buddy.IMRemoveSessionReq & IM.Buddy.IMRemoveSessionReq.$Shape;
            static create(properties?: IM.Buddy.IMRemoveSessionReq.$Properties): IM.Buddy.IMRemoveSessionReq;

            /**
             * Encodes the specified IMRemoveSessionReq message. Does not implicitly {@link IM.Buddy.IMRemoveSessionReq.verify|verify} messages.
             * @param message IMRemoveSessionReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMRemoveSessionReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMRemoveSessionReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMRemoveSessionReq & IM.Buddy.IMRemoveSessionReq.$Shape} IMRemoveSessionReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMRemoveSessionReq & IM.Buddy.IMRemoveSessionReq.$Shape;

            /**
             * Verifies a IMRemoveSessionReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMRemoveSessionReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMRemoveSessionReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMRemoveSessionReq;

            /**
             * Creates a plain object from a IMRemoveSessionReq message. Also converts values to other types if specified.
             * @param message IMRemoveSessionReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMRemoveSessionReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMRemoveSessionReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMRemoveSessionReq {

            /** Properties of a IMRemoveSessionReq. */
            interface $Properties {

                /** IMRemoveSessionReq user_id */
                user_id: number;

                /** IMRemoveSessionReq session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMRemoveSessionReq session_id */
                session_id: number;

                /** IMRemoveSessionReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMRemoveSessionReq. */
            type $Shape = IM.Buddy.IMRemoveSessionReq.$Properties;
        }

        /**
         * Properties of a IMRemoveSessionRsp.
         * @deprecated Use IM.Buddy.IMRemoveSessionRsp.$Properties instead.
         */
        interface IIMRemoveSessionRsp extends IM.Buddy.IMRemoveSessionRsp.$Properties {
        }

        /** Represents a IMRemoveSessionRsp. */
        class IMRemoveSessionRsp {

            /**
             * Constructs a new IMRemoveSessionRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMRemoveSessionRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMRemoveSessionRsp user_id. */
            user_id: number;

            /** IMRemoveSessionRsp result_code. */
            result_code: number;

            /** IMRemoveSessionRsp session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMRemoveSessionRsp session_id. */
            session_id: number;

            /** IMRemoveSessionRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMRemoveSessionRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMRemoveSessionRsp instance
             */
            static create(properties: IM.Buddy.IMRemoveSessionRsp.$Shape): IM.Buddy.IMRemoveSessionRsp & IM.Buddy.IMRemoveSessionRsp.$Shape;
            static create(properties?: IM.Buddy.IMRemoveSessionRsp.$Properties): IM.Buddy.IMRemoveSessionRsp;

            /**
             * Encodes the specified IMRemoveSessionRsp message. Does not implicitly {@link IM.Buddy.IMRemoveSessionRsp.verify|verify} messages.
             * @param message IMRemoveSessionRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMRemoveSessionRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMRemoveSessionRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMRemoveSessionRsp & IM.Buddy.IMRemoveSessionRsp.$Shape} IMRemoveSessionRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMRemoveSessionRsp & IM.Buddy.IMRemoveSessionRsp.$Shape;

            /**
             * Verifies a IMRemoveSessionRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMRemoveSessionRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMRemoveSessionRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMRemoveSessionRsp;

            /**
             * Creates a plain object from a IMRemoveSessionRsp message. Also converts values to other types if specified.
             * @param message IMRemoveSessionRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMRemoveSessionRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMRemoveSessionRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMRemoveSessionRsp {

            /** Properties of a IMRemoveSessionRsp. */
            interface $Properties {

                /** IMRemoveSessionRsp user_id */
                user_id: number;

                /** IMRemoveSessionRsp result_code */
                result_code: number;

                /** IMRemoveSessionRsp session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMRemoveSessionRsp session_id */
                session_id: number;

                /** IMRemoveSessionRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMRemoveSessionRsp. */
            type $Shape = IM.Buddy.IMRemoveSessionRsp.$Properties;
        }

        /**
         * Properties of a IMAllUserReq.
         * @deprecated Use IM.Buddy.IMAllUserReq.$Properties instead.
         */
        interface IIMAllUserReq extends IM.Buddy.IMAllUserReq.$Properties {
        }

        /** Represents a IMAllUserReq. */
        class IMAllUserReq {

            /**
             * Constructs a new IMAllUserReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMAllUserReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMAllUserReq user_id. */
            user_id: number;

            /** IMAllUserReq latest_update_time. */
            latest_update_time: number;

            /** IMAllUserReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMAllUserReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMAllUserReq instance
             */
            static create(properties: IM.Buddy.IMAllUserReq.$Shape): IM.Buddy.IMAllUserReq & IM.Buddy.IMAllUserReq.$Shape;
            static create(properties?: IM.Buddy.IMAllUserReq.$Properties): IM.Buddy.IMAllUserReq;

            /**
             * Encodes the specified IMAllUserReq message. Does not implicitly {@link IM.Buddy.IMAllUserReq.verify|verify} messages.
             * @param message IMAllUserReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMAllUserReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMAllUserReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMAllUserReq & IM.Buddy.IMAllUserReq.$Shape} IMAllUserReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMAllUserReq & IM.Buddy.IMAllUserReq.$Shape;

            /**
             * Verifies a IMAllUserReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMAllUserReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMAllUserReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMAllUserReq;

            /**
             * Creates a plain object from a IMAllUserReq message. Also converts values to other types if specified.
             * @param message IMAllUserReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMAllUserReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMAllUserReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMAllUserReq {

            /** Properties of a IMAllUserReq. */
            interface $Properties {

                /** IMAllUserReq user_id */
                user_id: number;

                /** IMAllUserReq latest_update_time */
                latest_update_time: number;

                /** IMAllUserReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMAllUserReq. */
            type $Shape = IM.Buddy.IMAllUserReq.$Properties;
        }

        /**
         * Properties of a IMAllUserRsp.
         * @deprecated Use IM.Buddy.IMAllUserRsp.$Properties instead.
         */
        interface IIMAllUserRsp extends IM.Buddy.IMAllUserRsp.$Properties {
        }

        /** Represents a IMAllUserRsp. */
        class IMAllUserRsp {

            /**
             * Constructs a new IMAllUserRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMAllUserRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMAllUserRsp user_id. */
            user_id: number;

            /** IMAllUserRsp latest_update_time. */
            latest_update_time: number;

            /** IMAllUserRsp user_list. */
            user_list: IM.BaseDefine.UserInfo.$Properties[];

            /** IMAllUserRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMAllUserRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMAllUserRsp instance
             */
            static create(properties: IM.Buddy.IMAllUserRsp.$Shape): IM.Buddy.IMAllUserRsp & IM.Buddy.IMAllUserRsp.$Shape;
            static create(properties?: IM.Buddy.IMAllUserRsp.$Properties): IM.Buddy.IMAllUserRsp;

            /**
             * Encodes the specified IMAllUserRsp message. Does not implicitly {@link IM.Buddy.IMAllUserRsp.verify|verify} messages.
             * @param message IMAllUserRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMAllUserRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMAllUserRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMAllUserRsp & IM.Buddy.IMAllUserRsp.$Shape} IMAllUserRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMAllUserRsp & IM.Buddy.IMAllUserRsp.$Shape;

            /**
             * Verifies a IMAllUserRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMAllUserRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMAllUserRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMAllUserRsp;

            /**
             * Creates a plain object from a IMAllUserRsp message. Also converts values to other types if specified.
             * @param message IMAllUserRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMAllUserRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMAllUserRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMAllUserRsp {

            /** Properties of a IMAllUserRsp. */
            interface $Properties {

                /** IMAllUserRsp user_id */
                user_id: number;

                /** IMAllUserRsp latest_update_time */
                latest_update_time: number;

                /** IMAllUserRsp user_list */
                user_list?: (IM.BaseDefine.UserInfo.$Properties[]|null);

                /** IMAllUserRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMAllUserRsp. */
            type $Shape = IM.Buddy.IMAllUserRsp.$Properties;
        }

        /**
         * Properties of a IMUsersStatReq.
         * @deprecated Use IM.Buddy.IMUsersStatReq.$Properties instead.
         */
        interface IIMUsersStatReq extends IM.Buddy.IMUsersStatReq.$Properties {
        }

        /** Represents a IMUsersStatReq. */
        class IMUsersStatReq {

            /**
             * Constructs a new IMUsersStatReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMUsersStatReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUsersStatReq user_id. */
            user_id: number;

            /** IMUsersStatReq user_id_list. */
            user_id_list: number[];

            /** IMUsersStatReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUsersStatReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUsersStatReq instance
             */
            static create(properties: IM.Buddy.IMUsersStatReq.$Shape): IM.Buddy.IMUsersStatReq & IM.Buddy.IMUsersStatReq.$Shape;
            static create(properties?: IM.Buddy.IMUsersStatReq.$Properties): IM.Buddy.IMUsersStatReq;

            /**
             * Encodes the specified IMUsersStatReq message. Does not implicitly {@link IM.Buddy.IMUsersStatReq.verify|verify} messages.
             * @param message IMUsersStatReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMUsersStatReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUsersStatReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMUsersStatReq & IM.Buddy.IMUsersStatReq.$Shape} IMUsersStatReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMUsersStatReq & IM.Buddy.IMUsersStatReq.$Shape;

            /**
             * Verifies a IMUsersStatReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUsersStatReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUsersStatReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMUsersStatReq;

            /**
             * Creates a plain object from a IMUsersStatReq message. Also converts values to other types if specified.
             * @param message IMUsersStatReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMUsersStatReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUsersStatReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUsersStatReq {

            /** Properties of a IMUsersStatReq. */
            interface $Properties {

                /** IMUsersStatReq user_id */
                user_id: number;

                /** IMUsersStatReq user_id_list */
                user_id_list?: (number[]|null);

                /** IMUsersStatReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUsersStatReq. */
            type $Shape = IM.Buddy.IMUsersStatReq.$Properties;
        }

        /**
         * Properties of a IMUsersStatRsp.
         * @deprecated Use IM.Buddy.IMUsersStatRsp.$Properties instead.
         */
        interface IIMUsersStatRsp extends IM.Buddy.IMUsersStatRsp.$Properties {
        }

        /** Represents a IMUsersStatRsp. */
        class IMUsersStatRsp {

            /**
             * Constructs a new IMUsersStatRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMUsersStatRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUsersStatRsp user_id. */
            user_id: number;

            /** IMUsersStatRsp user_stat_list. */
            user_stat_list: IM.BaseDefine.UserStat.$Properties[];

            /** IMUsersStatRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUsersStatRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUsersStatRsp instance
             */
            static create(properties: IM.Buddy.IMUsersStatRsp.$Shape): IM.Buddy.IMUsersStatRsp & IM.Buddy.IMUsersStatRsp.$Shape;
            static create(properties?: IM.Buddy.IMUsersStatRsp.$Properties): IM.Buddy.IMUsersStatRsp;

            /**
             * Encodes the specified IMUsersStatRsp message. Does not implicitly {@link IM.Buddy.IMUsersStatRsp.verify|verify} messages.
             * @param message IMUsersStatRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMUsersStatRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUsersStatRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMUsersStatRsp & IM.Buddy.IMUsersStatRsp.$Shape} IMUsersStatRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMUsersStatRsp & IM.Buddy.IMUsersStatRsp.$Shape;

            /**
             * Verifies a IMUsersStatRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUsersStatRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUsersStatRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMUsersStatRsp;

            /**
             * Creates a plain object from a IMUsersStatRsp message. Also converts values to other types if specified.
             * @param message IMUsersStatRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMUsersStatRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUsersStatRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUsersStatRsp {

            /** Properties of a IMUsersStatRsp. */
            interface $Properties {

                /** IMUsersStatRsp user_id */
                user_id: number;

                /** IMUsersStatRsp user_stat_list */
                user_stat_list?: (IM.BaseDefine.UserStat.$Properties[]|null);

                /** IMUsersStatRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUsersStatRsp. */
            type $Shape = IM.Buddy.IMUsersStatRsp.$Properties;
        }

        /**
         * Properties of a IMChangeAvatarReq.
         * @deprecated Use IM.Buddy.IMChangeAvatarReq.$Properties instead.
         */
        interface IIMChangeAvatarReq extends IM.Buddy.IMChangeAvatarReq.$Properties {
        }

        /** Represents a IMChangeAvatarReq. */
        class IMChangeAvatarReq {

            /**
             * Constructs a new IMChangeAvatarReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMChangeAvatarReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMChangeAvatarReq user_id. */
            user_id: number;

            /** IMChangeAvatarReq avatar_url. */
            avatar_url: string;

            /** IMChangeAvatarReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMChangeAvatarReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMChangeAvatarReq instance
             */
            static create(properties: IM.Buddy.IMChangeAvatarReq.$Shape): IM.Buddy.IMChangeAvatarReq & IM.Buddy.IMChangeAvatarReq.$Shape;
            static create(properties?: IM.Buddy.IMChangeAvatarReq.$Properties): IM.Buddy.IMChangeAvatarReq;

            /**
             * Encodes the specified IMChangeAvatarReq message. Does not implicitly {@link IM.Buddy.IMChangeAvatarReq.verify|verify} messages.
             * @param message IMChangeAvatarReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMChangeAvatarReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMChangeAvatarReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMChangeAvatarReq & IM.Buddy.IMChangeAvatarReq.$Shape} IMChangeAvatarReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMChangeAvatarReq & IM.Buddy.IMChangeAvatarReq.$Shape;

            /**
             * Verifies a IMChangeAvatarReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMChangeAvatarReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMChangeAvatarReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMChangeAvatarReq;

            /**
             * Creates a plain object from a IMChangeAvatarReq message. Also converts values to other types if specified.
             * @param message IMChangeAvatarReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMChangeAvatarReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMChangeAvatarReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMChangeAvatarReq {

            /** Properties of a IMChangeAvatarReq. */
            interface $Properties {

                /** IMChangeAvatarReq user_id */
                user_id: number;

                /** IMChangeAvatarReq avatar_url */
                avatar_url: string;

                /** IMChangeAvatarReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMChangeAvatarReq. */
            type $Shape = IM.Buddy.IMChangeAvatarReq.$Properties;
        }

        /**
         * Properties of a IMChangeAvatarRsp.
         * @deprecated Use IM.Buddy.IMChangeAvatarRsp.$Properties instead.
         */
        interface IIMChangeAvatarRsp extends IM.Buddy.IMChangeAvatarRsp.$Properties {
        }

        /** Represents a IMChangeAvatarRsp. */
        class IMChangeAvatarRsp {

            /**
             * Constructs a new IMChangeAvatarRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMChangeAvatarRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMChangeAvatarRsp user_id. */
            user_id: number;

            /** IMChangeAvatarRsp result_code. */
            result_code: number;

            /** IMChangeAvatarRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMChangeAvatarRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMChangeAvatarRsp instance
             */
            static create(properties: IM.Buddy.IMChangeAvatarRsp.$Shape): IM.Buddy.IMChangeAvatarRsp & IM.Buddy.IMChangeAvatarRsp.$Shape;
            static create(properties?: IM.Buddy.IMChangeAvatarRsp.$Properties): IM.Buddy.IMChangeAvatarRsp;

            /**
             * Encodes the specified IMChangeAvatarRsp message. Does not implicitly {@link IM.Buddy.IMChangeAvatarRsp.verify|verify} messages.
             * @param message IMChangeAvatarRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMChangeAvatarRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMChangeAvatarRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMChangeAvatarRsp & IM.Buddy.IMChangeAvatarRsp.$Shape} IMChangeAvatarRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMChangeAvatarRsp & IM.Buddy.IMChangeAvatarRsp.$Shape;

            /**
             * Verifies a IMChangeAvatarRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMChangeAvatarRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMChangeAvatarRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMChangeAvatarRsp;

            /**
             * Creates a plain object from a IMChangeAvatarRsp message. Also converts values to other types if specified.
             * @param message IMChangeAvatarRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMChangeAvatarRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMChangeAvatarRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMChangeAvatarRsp {

            /** Properties of a IMChangeAvatarRsp. */
            interface $Properties {

                /** IMChangeAvatarRsp user_id */
                user_id: number;

                /** IMChangeAvatarRsp result_code */
                result_code: number;

                /** IMChangeAvatarRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMChangeAvatarRsp. */
            type $Shape = IM.Buddy.IMChangeAvatarRsp.$Properties;
        }

        /**
         * Properties of a IMPCLoginStatusNotify.
         * @deprecated Use IM.Buddy.IMPCLoginStatusNotify.$Properties instead.
         */
        interface IIMPCLoginStatusNotify extends IM.Buddy.IMPCLoginStatusNotify.$Properties {
        }

        /** Represents a IMPCLoginStatusNotify. */
        class IMPCLoginStatusNotify {

            /**
             * Constructs a new IMPCLoginStatusNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMPCLoginStatusNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMPCLoginStatusNotify user_id. */
            user_id: number;

            /** IMPCLoginStatusNotify login_stat. */
            login_stat: IM.BaseDefine.UserStatType;

            /**
             * Creates a new IMPCLoginStatusNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMPCLoginStatusNotify instance
             */
            static create(properties: IM.Buddy.IMPCLoginStatusNotify.$Shape): IM.Buddy.IMPCLoginStatusNotify & IM.Buddy.IMPCLoginStatusNotify.$Shape;
            static create(properties?: IM.Buddy.IMPCLoginStatusNotify.$Properties): IM.Buddy.IMPCLoginStatusNotify;

            /**
             * Encodes the specified IMPCLoginStatusNotify message. Does not implicitly {@link IM.Buddy.IMPCLoginStatusNotify.verify|verify} messages.
             * @param message IMPCLoginStatusNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMPCLoginStatusNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMPCLoginStatusNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMPCLoginStatusNotify & IM.Buddy.IMPCLoginStatusNotify.$Shape} IMPCLoginStatusNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMPCLoginStatusNotify & IM.Buddy.IMPCLoginStatusNotify.$Shape;

            /**
             * Verifies a IMPCLoginStatusNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMPCLoginStatusNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMPCLoginStatusNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMPCLoginStatusNotify;

            /**
             * Creates a plain object from a IMPCLoginStatusNotify message. Also converts values to other types if specified.
             * @param message IMPCLoginStatusNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMPCLoginStatusNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMPCLoginStatusNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMPCLoginStatusNotify {

            /** Properties of a IMPCLoginStatusNotify. */
            interface $Properties {

                /** IMPCLoginStatusNotify user_id */
                user_id: number;

                /** IMPCLoginStatusNotify login_stat */
                login_stat: IM.BaseDefine.UserStatType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMPCLoginStatusNotify. */
            type $Shape = IM.Buddy.IMPCLoginStatusNotify.$Properties;
        }

        /**
         * Properties of a IMRemoveSessionNotify.
         * @deprecated Use IM.Buddy.IMRemoveSessionNotify.$Properties instead.
         */
        interface IIMRemoveSessionNotify extends IM.Buddy.IMRemoveSessionNotify.$Properties {
        }

        /** Represents a IMRemoveSessionNotify. */
        class IMRemoveSessionNotify {

            /**
             * Constructs a new IMRemoveSessionNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMRemoveSessionNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMRemoveSessionNotify user_id. */
            user_id: number;

            /** IMRemoveSessionNotify session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMRemoveSessionNotify session_id. */
            session_id: number;

            /**
             * Creates a new IMRemoveSessionNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMRemoveSessionNotify instance
             */
            static create(properties: IM.Buddy.IMRemoveSessionNotify.$Shape): IM.Buddy.IMRemoveSessionNotify & IM.Buddy.IMRemoveSessionNotify.$Shape;
            static create(properties?: IM.Buddy.IMRemoveSessionNotify.$Properties): IM.Buddy.IMRemoveSessionNotify;

            /**
             * Encodes the specified IMRemoveSessionNotify message. Does not implicitly {@link IM.Buddy.IMRemoveSessionNotify.verify|verify} messages.
             * @param message IMRemoveSessionNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMRemoveSessionNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMRemoveSessionNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMRemoveSessionNotify & IM.Buddy.IMRemoveSessionNotify.$Shape} IMRemoveSessionNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMRemoveSessionNotify & IM.Buddy.IMRemoveSessionNotify.$Shape;

            /**
             * Verifies a IMRemoveSessionNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMRemoveSessionNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMRemoveSessionNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMRemoveSessionNotify;

            /**
             * Creates a plain object from a IMRemoveSessionNotify message. Also converts values to other types if specified.
             * @param message IMRemoveSessionNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMRemoveSessionNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMRemoveSessionNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMRemoveSessionNotify {

            /** Properties of a IMRemoveSessionNotify. */
            interface $Properties {

                /** IMRemoveSessionNotify user_id */
                user_id: number;

                /** IMRemoveSessionNotify session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMRemoveSessionNotify session_id */
                session_id: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMRemoveSessionNotify. */
            type $Shape = IM.Buddy.IMRemoveSessionNotify.$Properties;
        }

        /**
         * Properties of a IMDepartmentReq.
         * @deprecated Use IM.Buddy.IMDepartmentReq.$Properties instead.
         */
        interface IIMDepartmentReq extends IM.Buddy.IMDepartmentReq.$Properties {
        }

        /** Represents a IMDepartmentReq. */
        class IMDepartmentReq {

            /**
             * Constructs a new IMDepartmentReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMDepartmentReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMDepartmentReq user_id. */
            user_id: number;

            /** IMDepartmentReq latest_update_time. */
            latest_update_time: number;

            /** IMDepartmentReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMDepartmentReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMDepartmentReq instance
             */
            static create(properties: IM.Buddy.IMDepartmentReq.$Shape): IM.Buddy.IMDepartmentReq & IM.Buddy.IMDepartmentReq.$Shape;
            static create(properties?: IM.Buddy.IMDepartmentReq.$Properties): IM.Buddy.IMDepartmentReq;

            /**
             * Encodes the specified IMDepartmentReq message. Does not implicitly {@link IM.Buddy.IMDepartmentReq.verify|verify} messages.
             * @param message IMDepartmentReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMDepartmentReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMDepartmentReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMDepartmentReq & IM.Buddy.IMDepartmentReq.$Shape} IMDepartmentReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMDepartmentReq & IM.Buddy.IMDepartmentReq.$Shape;

            /**
             * Verifies a IMDepartmentReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMDepartmentReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMDepartmentReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMDepartmentReq;

            /**
             * Creates a plain object from a IMDepartmentReq message. Also converts values to other types if specified.
             * @param message IMDepartmentReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMDepartmentReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMDepartmentReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMDepartmentReq {

            /** Properties of a IMDepartmentReq. */
            interface $Properties {

                /** IMDepartmentReq user_id */
                user_id: number;

                /** IMDepartmentReq latest_update_time */
                latest_update_time: number;

                /** IMDepartmentReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMDepartmentReq. */
            type $Shape = IM.Buddy.IMDepartmentReq.$Properties;
        }

        /**
         * Properties of a IMDepartmentRsp.
         * @deprecated Use IM.Buddy.IMDepartmentRsp.$Properties instead.
         */
        interface IIMDepartmentRsp extends IM.Buddy.IMDepartmentRsp.$Properties {
        }

        /** Represents a IMDepartmentRsp. */
        class IMDepartmentRsp {

            /**
             * Constructs a new IMDepartmentRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMDepartmentRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMDepartmentRsp user_id. */
            user_id: number;

            /** IMDepartmentRsp latest_update_time. */
            latest_update_time: number;

            /** IMDepartmentRsp dept_list. */
            dept_list: IM.BaseDefine.DepartInfo.$Properties[];

            /** IMDepartmentRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMDepartmentRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMDepartmentRsp instance
             */
            static create(properties: IM.Buddy.IMDepartmentRsp.$Shape): IM.Buddy.IMDepartmentRsp & IM.Buddy.IMDepartmentRsp.$Shape;
            static create(properties?: IM.Buddy.IMDepartmentRsp.$Properties): IM.Buddy.IMDepartmentRsp;

            /**
             * Encodes the specified IMDepartmentRsp message. Does not implicitly {@link IM.Buddy.IMDepartmentRsp.verify|verify} messages.
             * @param message IMDepartmentRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMDepartmentRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMDepartmentRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMDepartmentRsp & IM.Buddy.IMDepartmentRsp.$Shape} IMDepartmentRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMDepartmentRsp & IM.Buddy.IMDepartmentRsp.$Shape;

            /**
             * Verifies a IMDepartmentRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMDepartmentRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMDepartmentRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMDepartmentRsp;

            /**
             * Creates a plain object from a IMDepartmentRsp message. Also converts values to other types if specified.
             * @param message IMDepartmentRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMDepartmentRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMDepartmentRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMDepartmentRsp {

            /** Properties of a IMDepartmentRsp. */
            interface $Properties {

                /** IMDepartmentRsp user_id */
                user_id: number;

                /** IMDepartmentRsp latest_update_time */
                latest_update_time: number;

                /** IMDepartmentRsp dept_list */
                dept_list?: (IM.BaseDefine.DepartInfo.$Properties[]|null);

                /** IMDepartmentRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMDepartmentRsp. */
            type $Shape = IM.Buddy.IMDepartmentRsp.$Properties;
        }

        /**
         * Properties of a IMAvatarChangedNotify.
         * @deprecated Use IM.Buddy.IMAvatarChangedNotify.$Properties instead.
         */
        interface IIMAvatarChangedNotify extends IM.Buddy.IMAvatarChangedNotify.$Properties {
        }

        /** Represents a IMAvatarChangedNotify. */
        class IMAvatarChangedNotify {

            /**
             * Constructs a new IMAvatarChangedNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMAvatarChangedNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMAvatarChangedNotify changed_user_id. */
            changed_user_id: number;

            /** IMAvatarChangedNotify avatar_url. */
            avatar_url: string;

            /**
             * Creates a new IMAvatarChangedNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMAvatarChangedNotify instance
             */
            static create(properties: IM.Buddy.IMAvatarChangedNotify.$Shape): IM.Buddy.IMAvatarChangedNotify & IM.Buddy.IMAvatarChangedNotify.$Shape;
            static create(properties?: IM.Buddy.IMAvatarChangedNotify.$Properties): IM.Buddy.IMAvatarChangedNotify;

            /**
             * Encodes the specified IMAvatarChangedNotify message. Does not implicitly {@link IM.Buddy.IMAvatarChangedNotify.verify|verify} messages.
             * @param message IMAvatarChangedNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMAvatarChangedNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMAvatarChangedNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMAvatarChangedNotify & IM.Buddy.IMAvatarChangedNotify.$Shape} IMAvatarChangedNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMAvatarChangedNotify & IM.Buddy.IMAvatarChangedNotify.$Shape;

            /**
             * Verifies a IMAvatarChangedNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMAvatarChangedNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMAvatarChangedNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMAvatarChangedNotify;

            /**
             * Creates a plain object from a IMAvatarChangedNotify message. Also converts values to other types if specified.
             * @param message IMAvatarChangedNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMAvatarChangedNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMAvatarChangedNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMAvatarChangedNotify {

            /** Properties of a IMAvatarChangedNotify. */
            interface $Properties {

                /** IMAvatarChangedNotify changed_user_id */
                changed_user_id: number;

                /** IMAvatarChangedNotify avatar_url */
                avatar_url: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMAvatarChangedNotify. */
            type $Shape = IM.Buddy.IMAvatarChangedNotify.$Properties;
        }

        /**
         * Properties of a IMChangeSignInfoReq.
         * @deprecated Use IM.Buddy.IMChangeSignInfoReq.$Properties instead.
         */
        interface IIMChangeSignInfoReq extends IM.Buddy.IMChangeSignInfoReq.$Properties {
        }

        /** Represents a IMChangeSignInfoReq. */
        class IMChangeSignInfoReq {

            /**
             * Constructs a new IMChangeSignInfoReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMChangeSignInfoReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMChangeSignInfoReq user_id. */
            user_id: number;

            /** IMChangeSignInfoReq sign_info. */
            sign_info: string;

            /** IMChangeSignInfoReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMChangeSignInfoReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMChangeSignInfoReq instance
             */
            static create(properties: IM.Buddy.IMChangeSignInfoReq.$Shape): IM.Buddy.IMChangeSignInfoReq & IM.Buddy.IMChangeSignInfoReq.$Shape;
            static create(properties?: IM.Buddy.IMChangeSignInfoReq.$Properties): IM.Buddy.IMChangeSignInfoReq;

            /**
             * Encodes the specified IMChangeSignInfoReq message. Does not implicitly {@link IM.Buddy.IMChangeSignInfoReq.verify|verify} messages.
             * @param message IMChangeSignInfoReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMChangeSignInfoReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMChangeSignInfoReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMChangeSignInfoReq & IM.Buddy.IMChangeSignInfoReq.$Shape} IMChangeSignInfoReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMChangeSignInfoReq & IM.Buddy.IMChangeSignInfoReq.$Shape;

            /**
             * Verifies a IMChangeSignInfoReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMChangeSignInfoReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMChangeSignInfoReq
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMChangeSignInfoReq;

            /**
             * Creates a plain object from a IMChangeSignInfoReq message. Also converts values to other types if specified.
             * @param message IMChangeSignInfoReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMChangeSignInfoReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMChangeSignInfoReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMChangeSignInfoReq {

            /** Properties of a IMChangeSignInfoReq. */
            interface $Properties {

                /** IMChangeSignInfoReq user_id */
                user_id: number;

                /** IMChangeSignInfoReq sign_info */
                sign_info: string;

                /** IMChangeSignInfoReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMChangeSignInfoReq. */
            type $Shape = IM.Buddy.IMChangeSignInfoReq.$Properties;
        }

        /**
         * Properties of a IMChangeSignInfoRsp.
         * @deprecated Use IM.Buddy.IMChangeSignInfoRsp.$Properties instead.
         */
        interface IIMChangeSignInfoRsp extends IM.Buddy.IMChangeSignInfoRsp.$Properties {
        }

        /** Represents a IMChangeSignInfoRsp. */
        class IMChangeSignInfoRsp {

            /**
             * Constructs a new IMChangeSignInfoRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMChangeSignInfoRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMChangeSignInfoRsp user_id. */
            user_id: number;

            /** IMChangeSignInfoRsp result_code. */
            result_code: number;

            /** IMChangeSignInfoRsp sign_info. */
            sign_info: string;

            /** IMChangeSignInfoRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMChangeSignInfoRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMChangeSignInfoRsp instance
             */
            static create(properties: IM.Buddy.IMChangeSignInfoRsp.$Shape): IM.Buddy.IMChangeSignInfoRsp & IM.Buddy.IMChangeSignInfoRsp.$Shape;
            static create(properties?: IM.Buddy.IMChangeSignInfoRsp.$Properties): IM.Buddy.IMChangeSignInfoRsp;

            /**
             * Encodes the specified IMChangeSignInfoRsp message. Does not implicitly {@link IM.Buddy.IMChangeSignInfoRsp.verify|verify} messages.
             * @param message IMChangeSignInfoRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMChangeSignInfoRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMChangeSignInfoRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMChangeSignInfoRsp & IM.Buddy.IMChangeSignInfoRsp.$Shape} IMChangeSignInfoRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMChangeSignInfoRsp & IM.Buddy.IMChangeSignInfoRsp.$Shape;

            /**
             * Verifies a IMChangeSignInfoRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMChangeSignInfoRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMChangeSignInfoRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMChangeSignInfoRsp;

            /**
             * Creates a plain object from a IMChangeSignInfoRsp message. Also converts values to other types if specified.
             * @param message IMChangeSignInfoRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMChangeSignInfoRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMChangeSignInfoRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMChangeSignInfoRsp {

            /** Properties of a IMChangeSignInfoRsp. */
            interface $Properties {

                /** IMChangeSignInfoRsp user_id */
                user_id: number;

                /** IMChangeSignInfoRsp result_code */
                result_code: number;

                /** IMChangeSignInfoRsp sign_info */
                sign_info?: (string|null);

                /** IMChangeSignInfoRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMChangeSignInfoRsp. */
            type $Shape = IM.Buddy.IMChangeSignInfoRsp.$Properties;
        }

        /**
         * Properties of a IMSignInfoChangedNotify.
         * @deprecated Use IM.Buddy.IMSignInfoChangedNotify.$Properties instead.
         */
        interface IIMSignInfoChangedNotify extends IM.Buddy.IMSignInfoChangedNotify.$Properties {
        }

        /** Represents a IMSignInfoChangedNotify. */
        class IMSignInfoChangedNotify {

            /**
             * Constructs a new IMSignInfoChangedNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Buddy.IMSignInfoChangedNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMSignInfoChangedNotify changed_user_id. */
            changed_user_id: number;

            /** IMSignInfoChangedNotify sign_info. */
            sign_info: string;

            /**
             * Creates a new IMSignInfoChangedNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMSignInfoChangedNotify instance
             */
            static create(properties: IM.Buddy.IMSignInfoChangedNotify.$Shape): IM.Buddy.IMSignInfoChangedNotify & IM.Buddy.IMSignInfoChangedNotify.$Shape;
            static create(properties?: IM.Buddy.IMSignInfoChangedNotify.$Properties): IM.Buddy.IMSignInfoChangedNotify;

            /**
             * Encodes the specified IMSignInfoChangedNotify message. Does not implicitly {@link IM.Buddy.IMSignInfoChangedNotify.verify|verify} messages.
             * @param message IMSignInfoChangedNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Buddy.IMSignInfoChangedNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMSignInfoChangedNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Buddy.IMSignInfoChangedNotify & IM.Buddy.IMSignInfoChangedNotify.$Shape} IMSignInfoChangedNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Buddy.IMSignInfoChangedNotify & IM.Buddy.IMSignInfoChangedNotify.$Shape;

            /**
             * Verifies a IMSignInfoChangedNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMSignInfoChangedNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMSignInfoChangedNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Buddy.IMSignInfoChangedNotify;

            /**
             * Creates a plain object from a IMSignInfoChangedNotify message. Also converts values to other types if specified.
             * @param message IMSignInfoChangedNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Buddy.IMSignInfoChangedNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMSignInfoChangedNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMSignInfoChangedNotify {

            /** Properties of a IMSignInfoChangedNotify. */
            interface $Properties {

                /** IMSignInfoChangedNotify changed_user_id */
                changed_user_id: number;

                /** IMSignInfoChangedNotify sign_info */
                sign_info: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMSignInfoChangedNotify. */
            type $Shape = IM.Buddy.IMSignInfoChangedNotify.$Properties;
        }
    }

    /** Namespace File. */
    namespace File {

        /**
         * Properties of a IMFileLoginReq.
         * @deprecated Use IM.File.IMFileLoginReq.$Properties instead.
         */
        interface IIMFileLoginReq extends IM.File.IMFileLoginReq.$Properties {
        }

        /** Represents a IMFileLoginReq. */
        class IMFileLoginReq {

            /**
             * Constructs a new IMFileLoginReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileLoginReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileLoginReq user_id. */
            user_id: number;

            /** IMFileLoginReq task_id. */
            task_id: string;

            /** IMFileLoginReq file_role. */
            file_role: IM.BaseDefine.ClientFileRole;

            /**
             * Creates a new IMFileLoginReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileLoginReq instance
             */
            static create(properties: IM.File.IMFileLoginReq.$Shape): IM.File.IMFileLoginReq & IM.File.IMFileLoginReq.$Shape;
            static create(properties?: IM.File.IMFileLoginReq.$Properties): IM.File.IMFileLoginReq;

            /**
             * Encodes the specified IMFileLoginReq message. Does not implicitly {@link IM.File.IMFileLoginReq.verify|verify} messages.
             * @param message IMFileLoginReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileLoginReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileLoginReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileLoginReq & IM.File.IMFileLoginReq.$Shape} IMFileLoginReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileLoginReq & IM.File.IMFileLoginReq.$Shape;

            /**
             * Verifies a IMFileLoginReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileLoginReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileLoginReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileLoginReq;

            /**
             * Creates a plain object from a IMFileLoginReq message. Also converts values to other types if specified.
             * @param message IMFileLoginReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileLoginReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileLoginReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileLoginReq {

            /** Properties of a IMFileLoginReq. */
            interface $Properties {

                /** IMFileLoginReq user_id */
                user_id: number;

                /** IMFileLoginReq task_id */
                task_id: string;

                /** IMFileLoginReq file_role */
                file_role: IM.BaseDefine.ClientFileRole;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileLoginReq. */
            type $Shape = IM.File.IMFileLoginReq.$Properties;
        }

        /**
         * Properties of a IMFileLoginRsp.
         * @deprecated Use IM.File.IMFileLoginRsp.$Properties instead.
         */
        interface IIMFileLoginRsp extends IM.File.IMFileLoginRsp.$Properties {
        }

        /** Represents a IMFileLoginRsp. */
        class IMFileLoginRsp {

            /**
             * Constructs a new IMFileLoginRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileLoginRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileLoginRsp result_code. */
            result_code: number;

            /** IMFileLoginRsp task_id. */
            task_id: string;

            /**
             * Creates a new IMFileLoginRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileLoginRsp instance
             */
            static create(properties: IM.File.IMFileLoginRsp.$Shape): IM.File.IMFileLoginRsp & IM.File.IMFileLoginRsp.$Shape;
            static create(properties?: IM.File.IMFileLoginRsp.$Properties): IM.File.IMFileLoginRsp;

            /**
             * Encodes the specified IMFileLoginRsp message. Does not implicitly {@link IM.File.IMFileLoginRsp.verify|verify} messages.
             * @param message IMFileLoginRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileLoginRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileLoginRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileLoginRsp & IM.File.IMFileLoginRsp.$Shape} IMFileLoginRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileLoginRsp & IM.File.IMFileLoginRsp.$Shape;

            /**
             * Verifies a IMFileLoginRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileLoginRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileLoginRsp
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileLoginRsp;

            /**
             * Creates a plain object from a IMFileLoginRsp message. Also converts values to other types if specified.
             * @param message IMFileLoginRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileLoginRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileLoginRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileLoginRsp {

            /** Properties of a IMFileLoginRsp. */
            interface $Properties {

                /** IMFileLoginRsp result_code */
                result_code: number;

                /** IMFileLoginRsp task_id */
                task_id: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileLoginRsp. */
            type $Shape = IM.File.IMFileLoginRsp.$Properties;
        }

        /**
         * Properties of a IMFileState.
         * @deprecated Use IM.File.IMFileState.$Properties instead.
         */
        interface IIMFileState extends IM.File.IMFileState.$Properties {
        }

        /** Represents a IMFileState. */
        class IMFileState {

            /**
             * Constructs a new IMFileState.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileState state. */
            state: IM.BaseDefine.ClientFileState;

            /** IMFileState task_id. */
            task_id: string;

            /** IMFileState user_id. */
            user_id: number;

            /**
             * Creates a new IMFileState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileState instance
             */
            static create(properties: IM.File.IMFileState.$Shape): IM.File.IMFileState & IM.File.IMFileState.$Shape;
            static create(properties?: IM.File.IMFileState.$Properties): IM.File.IMFileState;

            /**
             * Encodes the specified IMFileState message. Does not implicitly {@link IM.File.IMFileState.verify|verify} messages.
             * @param message IMFileState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileState & IM.File.IMFileState.$Shape} IMFileState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileState & IM.File.IMFileState.$Shape;

            /**
             * Verifies a IMFileState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileState
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileState;

            /**
             * Creates a plain object from a IMFileState message. Also converts values to other types if specified.
             * @param message IMFileState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileState {

            /** Properties of a IMFileState. */
            interface $Properties {

                /** IMFileState state */
                state: IM.BaseDefine.ClientFileState;

                /** IMFileState task_id */
                task_id: string;

                /** IMFileState user_id */
                user_id: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileState. */
            type $Shape = IM.File.IMFileState.$Properties;
        }

        /**
         * Properties of a IMFilePullDataReq.
         * @deprecated Use IM.File.IMFilePullDataReq.$Properties instead.
         */
        interface IIMFilePullDataReq extends IM.File.IMFilePullDataReq.$Properties {
        }

        /** Represents a IMFilePullDataReq. */
        class IMFilePullDataReq {

            /**
             * Constructs a new IMFilePullDataReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFilePullDataReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFilePullDataReq task_id. */
            task_id: string;

            /** IMFilePullDataReq user_id. */
            user_id: number;

            /** IMFilePullDataReq trans_mode. */
            trans_mode: IM.BaseDefine.TransferFileType;

            /** IMFilePullDataReq offset. */
            offset: number;

            /** IMFilePullDataReq data_size. */
            data_size: number;

            /**
             * Creates a new IMFilePullDataReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFilePullDataReq instance
             */
            static create(properties: IM.File.IMFilePullDataReq.$Shape): IM.File.IMFilePullDataReq & IM.File.IMFilePullDataReq.$Shape;
            static create(properties?: IM.File.IMFilePullDataReq.$Properties): IM.File.IMFilePullDataReq;

            /**
             * Encodes the specified IMFilePullDataReq message. Does not implicitly {@link IM.File.IMFilePullDataReq.verify|verify} messages.
             * @param message IMFilePullDataReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFilePullDataReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFilePullDataReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFilePullDataReq & IM.File.IMFilePullDataReq.$Shape} IMFilePullDataReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFilePullDataReq & IM.File.IMFilePullDataReq.$Shape;

            /**
             * Verifies a IMFilePullDataReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFilePullDataReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFilePullDataReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFilePullDataReq;

            /**
             * Creates a plain object from a IMFilePullDataReq message. Also converts values to other types if specified.
             * @param message IMFilePullDataReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFilePullDataReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFilePullDataReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFilePullDataReq {

            /** Properties of a IMFilePullDataReq. */
            interface $Properties {

                /** IMFilePullDataReq task_id */
                task_id: string;

                /** IMFilePullDataReq user_id */
                user_id: number;

                /** IMFilePullDataReq trans_mode */
                trans_mode: IM.BaseDefine.TransferFileType;

                /** IMFilePullDataReq offset */
                offset: number;

                /** IMFilePullDataReq data_size */
                data_size: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFilePullDataReq. */
            type $Shape = IM.File.IMFilePullDataReq.$Properties;
        }

        /**
         * Properties of a IMFilePullDataRsp.
         * @deprecated Use IM.File.IMFilePullDataRsp.$Properties instead.
         */
        interface IIMFilePullDataRsp extends IM.File.IMFilePullDataRsp.$Properties {
        }

        /** Represents a IMFilePullDataRsp. */
        class IMFilePullDataRsp {

            /**
             * Constructs a new IMFilePullDataRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFilePullDataRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFilePullDataRsp result_code. */
            result_code: number;

            /** IMFilePullDataRsp task_id. */
            task_id: string;

            /** IMFilePullDataRsp user_id. */
            user_id: number;

            /** IMFilePullDataRsp offset. */
            offset: number;

            /** IMFilePullDataRsp file_data. */
            file_data: Uint8Array;

            /**
             * Creates a new IMFilePullDataRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFilePullDataRsp instance
             */
            static create(properties: IM.File.IMFilePullDataRsp.$Shape): IM.File.IMFilePullDataRsp & IM.File.IMFilePullDataRsp.$Shape;
            static create(properties?: IM.File.IMFilePullDataRsp.$Properties): IM.File.IMFilePullDataRsp;

            /**
             * Encodes the specified IMFilePullDataRsp message. Does not implicitly {@link IM.File.IMFilePullDataRsp.verify|verify} messages.
             * @param message IMFilePullDataRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFilePullDataRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFilePullDataRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFilePullDataRsp & IM.File.IMFilePullDataRsp.$Shape} IMFilePullDataRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFilePullDataRsp & IM.File.IMFilePullDataRsp.$Shape;

            /**
             * Verifies a IMFilePullDataRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFilePullDataRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFilePullDataRsp
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFilePullDataRsp;

            /**
             * Creates a plain object from a IMFilePullDataRsp message. Also converts values to other types if specified.
             * @param message IMFilePullDataRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFilePullDataRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFilePullDataRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFilePullDataRsp {

            /** Properties of a IMFilePullDataRsp. */
            interface $Properties {

                /** IMFilePullDataRsp result_code */
                result_code: number;

                /** IMFilePullDataRsp task_id */
                task_id: string;

                /** IMFilePullDataRsp user_id */
                user_id: number;

                /** IMFilePullDataRsp offset */
                offset: number;

                /** IMFilePullDataRsp file_data */
                file_data: Uint8Array;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFilePullDataRsp. */
            type $Shape = IM.File.IMFilePullDataRsp.$Properties;
        }

        /**
         * Properties of a IMFileReq.
         * @deprecated Use IM.File.IMFileReq.$Properties instead.
         */
        interface IIMFileReq extends IM.File.IMFileReq.$Properties {
        }

        /** Represents a IMFileReq. */
        class IMFileReq {

            /**
             * Constructs a new IMFileReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileReq from_user_id. */
            from_user_id: number;

            /** IMFileReq to_user_id. */
            to_user_id: number;

            /** IMFileReq file_name. */
            file_name: string;

            /** IMFileReq file_size. */
            file_size: number;

            /** IMFileReq trans_mode. */
            trans_mode: IM.BaseDefine.TransferFileType;

            /**
             * Creates a new IMFileReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileReq instance
             */
            static create(properties: IM.File.IMFileReq.$Shape): IM.File.IMFileReq & IM.File.IMFileReq.$Shape;
            static create(properties?: IM.File.IMFileReq.$Properties): IM.File.IMFileReq;

            /**
             * Encodes the specified IMFileReq message. Does not implicitly {@link IM.File.IMFileReq.verify|verify} messages.
             * @param message IMFileReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileReq & IM.File.IMFileReq.$Shape} IMFileReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileReq & IM.File.IMFileReq.$Shape;

            /**
             * Verifies a IMFileReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileReq;

            /**
             * Creates a plain object from a IMFileReq message. Also converts values to other types if specified.
             * @param message IMFileReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileReq {

            /** Properties of a IMFileReq. */
            interface $Properties {

                /** IMFileReq from_user_id */
                from_user_id: number;

                /** IMFileReq to_user_id */
                to_user_id: number;

                /** IMFileReq file_name */
                file_name: string;

                /** IMFileReq file_size */
                file_size: number;

                /** IMFileReq trans_mode */
                trans_mode: IM.BaseDefine.TransferFileType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileReq. */
            type $Shape = IM.File.IMFileReq.$Properties;
        }

        /**
         * Properties of a IMFileRsp.
         * @deprecated Use IM.File.IMFileRsp.$Properties instead.
         */
        interface IIMFileRsp extends IM.File.IMFileRsp.$Properties {
        }

        /** Represents a IMFileRsp. */
        class IMFileRsp {

            /**
             * Constructs a new IMFileRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileRsp result_code. */
            result_code: number;

            /** IMFileRsp from_user_id. */
            from_user_id: number;

            /** IMFileRsp to_user_id. */
            to_user_id: number;

            /** IMFileRsp file_name. */
            file_name: string;

            /** IMFileRsp task_id. */
            task_id: string;

            /** IMFileRsp ip_addr_list. */
            ip_addr_list: IM.BaseDefine.IpAddr.$Properties[];

            /** IMFileRsp trans_mode. */
            trans_mode: IM.BaseDefine.TransferFileType;

            /**
             * Creates a new IMFileRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileRsp instance
             */
            static create(properties: IM.File.IMFileRsp.$Shape): IM.File.IMFileRsp & IM.File.IMFileRsp.$Shape;
            static create(properties?: IM.File.IMFileRsp.$Properties): IM.File.IMFileRsp;

            /**
             * Encodes the specified IMFileRsp message. Does not implicitly {@link IM.File.IMFileRsp.verify|verify} messages.
             * @param message IMFileRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileRsp & IM.File.IMFileRsp.$Shape} IMFileRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileRsp & IM.File.IMFileRsp.$Shape;

            /**
             * Verifies a IMFileRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileRsp
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileRsp;

            /**
             * Creates a plain object from a IMFileRsp message. Also converts values to other types if specified.
             * @param message IMFileRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileRsp {

            /** Properties of a IMFileRsp. */
            interface $Properties {

                /** IMFileRsp result_code */
                result_code: number;

                /** IMFileRsp from_user_id */
                from_user_id: number;

                /** IMFileRsp to_user_id */
                to_user_id: number;

                /** IMFileRsp file_name */
                file_name: string;

                /** IMFileRsp task_id */
                task_id: string;

                /** IMFileRsp ip_addr_list */
                ip_addr_list?: (IM.BaseDefine.IpAddr.$Properties[]|null);

                /** IMFileRsp trans_mode */
                trans_mode: IM.BaseDefine.TransferFileType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileRsp. */
            type $Shape = IM.File.IMFileRsp.$Properties;
        }

        /**
         * Properties of a IMFileNotify.
         * @deprecated Use IM.File.IMFileNotify.$Properties instead.
         */
        interface IIMFileNotify extends IM.File.IMFileNotify.$Properties {
        }

        /** Represents a IMFileNotify. */
        class IMFileNotify {

            /**
             * Constructs a new IMFileNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileNotify from_user_id. */
            from_user_id: number;

            /** IMFileNotify to_user_id. */
            to_user_id: number;

            /** IMFileNotify file_name. */
            file_name: string;

            /** IMFileNotify file_size. */
            file_size: number;

            /** IMFileNotify task_id. */
            task_id: string;

            /** IMFileNotify ip_addr_list. */
            ip_addr_list: IM.BaseDefine.IpAddr.$Properties[];

            /** IMFileNotify trans_mode. */
            trans_mode: IM.BaseDefine.TransferFileType;

            /** IMFileNotify offline_ready. */
            offline_ready: number;

            /**
             * Creates a new IMFileNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileNotify instance
             */
            static create(properties: IM.File.IMFileNotify.$Shape): IM.File.IMFileNotify & IM.File.IMFileNotify.$Shape;
            static create(properties?: IM.File.IMFileNotify.$Properties): IM.File.IMFileNotify;

            /**
             * Encodes the specified IMFileNotify message. Does not implicitly {@link IM.File.IMFileNotify.verify|verify} messages.
             * @param message IMFileNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileNotify & IM.File.IMFileNotify.$Shape} IMFileNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileNotify & IM.File.IMFileNotify.$Shape;

            /**
             * Verifies a IMFileNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileNotify
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileNotify;

            /**
             * Creates a plain object from a IMFileNotify message. Also converts values to other types if specified.
             * @param message IMFileNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileNotify {

            /** Properties of a IMFileNotify. */
            interface $Properties {

                /** IMFileNotify from_user_id */
                from_user_id: number;

                /** IMFileNotify to_user_id */
                to_user_id: number;

                /** IMFileNotify file_name */
                file_name: string;

                /** IMFileNotify file_size */
                file_size: number;

                /** IMFileNotify task_id */
                task_id: string;

                /** IMFileNotify ip_addr_list */
                ip_addr_list?: (IM.BaseDefine.IpAddr.$Properties[]|null);

                /** IMFileNotify trans_mode */
                trans_mode: IM.BaseDefine.TransferFileType;

                /** IMFileNotify offline_ready */
                offline_ready: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileNotify. */
            type $Shape = IM.File.IMFileNotify.$Properties;
        }

        /**
         * Properties of a IMFileHasOfflineReq.
         * @deprecated Use IM.File.IMFileHasOfflineReq.$Properties instead.
         */
        interface IIMFileHasOfflineReq extends IM.File.IMFileHasOfflineReq.$Properties {
        }

        /** Represents a IMFileHasOfflineReq. */
        class IMFileHasOfflineReq {

            /**
             * Constructs a new IMFileHasOfflineReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileHasOfflineReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileHasOfflineReq user_id. */
            user_id: number;

            /** IMFileHasOfflineReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMFileHasOfflineReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileHasOfflineReq instance
             */
            static create(properties: IM.File.IMFileHasOfflineReq.$Shape): IM.File.IMFileHasOfflineReq & IM.File.IMFileHasOfflineReq.$Shape;
            static create(properties?: IM.File.IMFileHasOfflineReq.$Properties): IM.File.IMFileHasOfflineReq;

            /**
             * Encodes the specified IMFileHasOfflineReq message. Does not implicitly {@link IM.File.IMFileHasOfflineReq.verify|verify} messages.
             * @param message IMFileHasOfflineReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileHasOfflineReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileHasOfflineReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileHasOfflineReq & IM.File.IMFileHasOfflineReq.$Shape} IMFileHasOfflineReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileHasOfflineReq & IM.File.IMFileHasOfflineReq.$Shape;

            /**
             * Verifies a IMFileHasOfflineReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileHasOfflineReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileHasOfflineReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileHasOfflineReq;

            /**
             * Creates a plain object from a IMFileHasOfflineReq message. Also converts values to other types if specified.
             * @param message IMFileHasOfflineReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileHasOfflineReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileHasOfflineReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileHasOfflineReq {

            /** Properties of a IMFileHasOfflineReq. */
            interface $Properties {

                /** IMFileHasOfflineReq user_id */
                user_id: number;

                /** IMFileHasOfflineReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileHasOfflineReq. */
            type $Shape = IM.File.IMFileHasOfflineReq.$Properties;
        }

        /**
         * Properties of a IMFileHasOfflineRsp.
         * @deprecated Use IM.File.IMFileHasOfflineRsp.$Properties instead.
         */
        interface IIMFileHasOfflineRsp extends IM.File.IMFileHasOfflineRsp.$Properties {
        }

        /** Represents a IMFileHasOfflineRsp. */
        class IMFileHasOfflineRsp {

            /**
             * Constructs a new IMFileHasOfflineRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileHasOfflineRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileHasOfflineRsp user_id. */
            user_id: number;

            /** IMFileHasOfflineRsp offline_file_list. */
            offline_file_list: IM.BaseDefine.OfflineFileInfo.$Properties[];

            /** IMFileHasOfflineRsp ip_addr_list. */
            ip_addr_list: IM.BaseDefine.IpAddr.$Properties[];

            /** IMFileHasOfflineRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMFileHasOfflineRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileHasOfflineRsp instance
             */
            static create(properties: IM.File.IMFileHasOfflineRsp.$Shape): IM.File.IMFileHasOfflineRsp & IM.File.IMFileHasOfflineRsp.$Shape;
            static create(properties?: IM.File.IMFileHasOfflineRsp.$Properties): IM.File.IMFileHasOfflineRsp;

            /**
             * Encodes the specified IMFileHasOfflineRsp message. Does not implicitly {@link IM.File.IMFileHasOfflineRsp.verify|verify} messages.
             * @param message IMFileHasOfflineRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileHasOfflineRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileHasOfflineRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileHasOfflineRsp & IM.File.IMFileHasOfflineRsp.$Shape} IMFileHasOfflineRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileHasOfflineRsp & IM.File.IMFileHasOfflineRsp.$Shape;

            /**
             * Verifies a IMFileHasOfflineRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileHasOfflineRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileHasOfflineRsp
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileHasOfflineRsp;

            /**
             * Creates a plain object from a IMFileHasOfflineRsp message. Also converts values to other types if specified.
             * @param message IMFileHasOfflineRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileHasOfflineRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileHasOfflineRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileHasOfflineRsp {

            /** Properties of a IMFileHasOfflineRsp. */
            interface $Properties {

                /** IMFileHasOfflineRsp user_id */
                user_id: number;

                /** IMFileHasOfflineRsp offline_file_list */
                offline_file_list?: (IM.BaseDefine.OfflineFileInfo.$Properties[]|null);

                /** IMFileHasOfflineRsp ip_addr_list */
                ip_addr_list?: (IM.BaseDefine.IpAddr.$Properties[]|null);

                /** IMFileHasOfflineRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileHasOfflineRsp. */
            type $Shape = IM.File.IMFileHasOfflineRsp.$Properties;
        }

        /**
         * Properties of a IMFileAddOfflineReq.
         * @deprecated Use IM.File.IMFileAddOfflineReq.$Properties instead.
         */
        interface IIMFileAddOfflineReq extends IM.File.IMFileAddOfflineReq.$Properties {
        }

        /** Represents a IMFileAddOfflineReq. */
        class IMFileAddOfflineReq {

            /**
             * Constructs a new IMFileAddOfflineReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileAddOfflineReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileAddOfflineReq from_user_id. */
            from_user_id: number;

            /** IMFileAddOfflineReq to_user_id. */
            to_user_id: number;

            /** IMFileAddOfflineReq task_id. */
            task_id: string;

            /** IMFileAddOfflineReq file_name. */
            file_name: string;

            /** IMFileAddOfflineReq file_size. */
            file_size: number;

            /**
             * Creates a new IMFileAddOfflineReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileAddOfflineReq instance
             */
            static create(properties: IM.File.IMFileAddOfflineReq.$Shape): IM.File.IMFileAddOfflineReq & IM.File.IMFileAddOfflineReq.$Shape;
            static create(properties?: IM.File.IMFileAddOfflineReq.$Properties): IM.File.IMFileAddOfflineReq;

            /**
             * Encodes the specified IMFileAddOfflineReq message. Does not implicitly {@link IM.File.IMFileAddOfflineReq.verify|verify} messages.
             * @param message IMFileAddOfflineReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileAddOfflineReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileAddOfflineReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileAddOfflineReq & IM.File.IMFileAddOfflineReq.$Shape} IMFileAddOfflineReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileAddOfflineReq & IM.File.IMFileAddOfflineReq.$Shape;

            /**
             * Verifies a IMFileAddOfflineReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileAddOfflineReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileAddOfflineReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileAddOfflineReq;

            /**
             * Creates a plain object from a IMFileAddOfflineReq message. Also converts values to other types if specified.
             * @param message IMFileAddOfflineReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileAddOfflineReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileAddOfflineReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileAddOfflineReq {

            /** Properties of a IMFileAddOfflineReq. */
            interface $Properties {

                /** IMFileAddOfflineReq from_user_id */
                from_user_id: number;

                /** IMFileAddOfflineReq to_user_id */
                to_user_id: number;

                /** IMFileAddOfflineReq task_id */
                task_id: string;

                /** IMFileAddOfflineReq file_name */
                file_name: string;

                /** IMFileAddOfflineReq file_size */
                file_size: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileAddOfflineReq. */
            type $Shape = IM.File.IMFileAddOfflineReq.$Properties;
        }

        /**
         * Properties of a IMFileDelOfflineReq.
         * @deprecated Use IM.File.IMFileDelOfflineReq.$Properties instead.
         */
        interface IIMFileDelOfflineReq extends IM.File.IMFileDelOfflineReq.$Properties {
        }

        /** Represents a IMFileDelOfflineReq. */
        class IMFileDelOfflineReq {

            /**
             * Constructs a new IMFileDelOfflineReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.File.IMFileDelOfflineReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMFileDelOfflineReq from_user_id. */
            from_user_id: number;

            /** IMFileDelOfflineReq to_user_id. */
            to_user_id: number;

            /** IMFileDelOfflineReq task_id. */
            task_id: string;

            /**
             * Creates a new IMFileDelOfflineReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMFileDelOfflineReq instance
             */
            static create(properties: IM.File.IMFileDelOfflineReq.$Shape): IM.File.IMFileDelOfflineReq & IM.File.IMFileDelOfflineReq.$Shape;
            static create(properties?: IM.File.IMFileDelOfflineReq.$Properties): IM.File.IMFileDelOfflineReq;

            /**
             * Encodes the specified IMFileDelOfflineReq message. Does not implicitly {@link IM.File.IMFileDelOfflineReq.verify|verify} messages.
             * @param message IMFileDelOfflineReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.File.IMFileDelOfflineReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMFileDelOfflineReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.File.IMFileDelOfflineReq & IM.File.IMFileDelOfflineReq.$Shape} IMFileDelOfflineReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.File.IMFileDelOfflineReq & IM.File.IMFileDelOfflineReq.$Shape;

            /**
             * Verifies a IMFileDelOfflineReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMFileDelOfflineReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMFileDelOfflineReq
             */
            static fromObject(object: { [k: string]: any }): IM.File.IMFileDelOfflineReq;

            /**
             * Creates a plain object from a IMFileDelOfflineReq message. Also converts values to other types if specified.
             * @param message IMFileDelOfflineReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.File.IMFileDelOfflineReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMFileDelOfflineReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMFileDelOfflineReq {

            /** Properties of a IMFileDelOfflineReq. */
            interface $Properties {

                /** IMFileDelOfflineReq from_user_id */
                from_user_id: number;

                /** IMFileDelOfflineReq to_user_id */
                to_user_id: number;

                /** IMFileDelOfflineReq task_id */
                task_id: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMFileDelOfflineReq. */
            type $Shape = IM.File.IMFileDelOfflineReq.$Properties;
        }
    }

    /** Namespace Group. */
    namespace Group {

        /**
         * Properties of a IMNormalGroupListReq.
         * @deprecated Use IM.Group.IMNormalGroupListReq.$Properties instead.
         */
        interface IIMNormalGroupListReq extends IM.Group.IMNormalGroupListReq.$Properties {
        }

        /** Represents a IMNormalGroupListReq. */
        class IMNormalGroupListReq {

            /**
             * Constructs a new IMNormalGroupListReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMNormalGroupListReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMNormalGroupListReq user_id. */
            user_id: number;

            /** IMNormalGroupListReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMNormalGroupListReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMNormalGroupListReq instance
             */
            static create(properties: IM.Group.IMNormalGroupListReq.$Shape): IM.Group.IMNormalGroupListReq & IM.Group.IMNormalGroupListReq.$Shape;
            static create(properties?: IM.Group.IMNormalGroupListReq.$Properties): IM.Group.IMNormalGroupListReq;

            /**
             * Encodes the specified IMNormalGroupListReq message. Does not implicitly {@link IM.Group.IMNormalGroupListReq.verify|verify} messages.
             * @param message IMNormalGroupListReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMNormalGroupListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMNormalGroupListReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMNormalGroupListReq & IM.Group.IMNormalGroupListReq.$Shape} IMNormalGroupListReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMNormalGroupListReq & IM.Group.IMNormalGroupListReq.$Shape;

            /**
             * Verifies a IMNormalGroupListReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMNormalGroupListReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMNormalGroupListReq
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMNormalGroupListReq;

            /**
             * Creates a plain object from a IMNormalGroupListReq message. Also converts values to other types if specified.
             * @param message IMNormalGroupListReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMNormalGroupListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMNormalGroupListReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMNormalGroupListReq {

            /** Properties of a IMNormalGroupListReq. */
            interface $Properties {

                /** IMNormalGroupListReq user_id */
                user_id: number;

                /** IMNormalGroupListReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMNormalGroupListReq. */
            type $Shape = IM.Group.IMNormalGroupListReq.$Properties;
        }

        /**
         * Properties of a IMNormalGroupListRsp.
         * @deprecated Use IM.Group.IMNormalGroupListRsp.$Properties instead.
         */
        interface IIMNormalGroupListRsp extends IM.Group.IMNormalGroupListRsp.$Properties {
        }

        /** Represents a IMNormalGroupListRsp. */
        class IMNormalGroupListRsp {

            /**
             * Constructs a new IMNormalGroupListRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMNormalGroupListRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMNormalGroupListRsp user_id. */
            user_id: number;

            /** IMNormalGroupListRsp group_version_list. */
            group_version_list: IM.BaseDefine.GroupVersionInfo.$Properties[];

            /** IMNormalGroupListRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMNormalGroupListRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMNormalGroupListRsp instance
             */
            static create(properties: IM.Group.IMNormalGroupListRsp.$Shape): IM.Group.IMNormalGroupListRsp & IM.Group.IMNormalGroupListRsp.$Shape;
            static create(properties?: IM.Group.IMNormalGroupListRsp.$Properties): IM.Group.IMNormalGroupListRsp;

            /**
             * Encodes the specified IMNormalGroupListRsp message. Does not implicitly {@link IM.Group.IMNormalGroupListRsp.verify|verify} messages.
             * @param message IMNormalGroupListRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMNormalGroupListRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMNormalGroupListRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMNormalGroupListRsp & IM.Group.IMNormalGroupListRsp.$Shape} IMNormalGroupListRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMNormalGroupListRsp & IM.Group.IMNormalGroupListRsp.$Shape;

            /**
             * Verifies a IMNormalGroupListRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMNormalGroupListRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMNormalGroupListRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMNormalGroupListRsp;

            /**
             * Creates a plain object from a IMNormalGroupListRsp message. Also converts values to other types if specified.
             * @param message IMNormalGroupListRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMNormalGroupListRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMNormalGroupListRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMNormalGroupListRsp {

            /** Properties of a IMNormalGroupListRsp. */
            interface $Properties {

                /** IMNormalGroupListRsp user_id */
                user_id: number;

                /** IMNormalGroupListRsp group_version_list */
                group_version_list?: (IM.BaseDefine.GroupVersionInfo.$Properties[]|null);

                /** IMNormalGroupListRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMNormalGroupListRsp. */
            type $Shape = IM.Group.IMNormalGroupListRsp.$Properties;
        }

        /**
         * Properties of a IMGroupInfoListReq.
         * @deprecated Use IM.Group.IMGroupInfoListReq.$Properties instead.
         */
        interface IIMGroupInfoListReq extends IM.Group.IMGroupInfoListReq.$Properties {
        }

        /** Represents a IMGroupInfoListReq. */
        class IMGroupInfoListReq {

            /**
             * Constructs a new IMGroupInfoListReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupInfoListReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupInfoListReq user_id. */
            user_id: number;

            /** IMGroupInfoListReq group_version_list. */
            group_version_list: IM.BaseDefine.GroupVersionInfo.$Properties[];

            /** IMGroupInfoListReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupInfoListReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupInfoListReq instance
             */
            static create(properties: IM.Group.IMGroupInfoListReq.$Shape): IM.Group.IMGroupInfoListReq & IM.Group.IMGroupInfoListReq.$Shape;
            static create(properties?: IM.Group.IMGroupInfoListReq.$Properties): IM.Group.IMGroupInfoListReq;

            /**
             * Encodes the specified IMGroupInfoListReq message. Does not implicitly {@link IM.Group.IMGroupInfoListReq.verify|verify} messages.
             * @param message IMGroupInfoListReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupInfoListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupInfoListReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupInfoListReq & IM.Group.IMGroupInfoListReq.$Shape} IMGroupInfoListReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupInfoListReq & IM.Group.IMGroupInfoListReq.$Shape;

            /**
             * Verifies a IMGroupInfoListReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupInfoListReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupInfoListReq
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupInfoListReq;

            /**
             * Creates a plain object from a IMGroupInfoListReq message. Also converts values to other types if specified.
             * @param message IMGroupInfoListReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupInfoListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupInfoListReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupInfoListReq {

            /** Properties of a IMGroupInfoListReq. */
            interface $Properties {

                /** IMGroupInfoListReq user_id */
                user_id: number;

                /** IMGroupInfoListReq group_version_list */
                group_version_list?: (IM.BaseDefine.GroupVersionInfo.$Properties[]|null);

                /** IMGroupInfoListReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupInfoListReq. */
            type $Shape = IM.Group.IMGroupInfoListReq.$Properties;
        }

        /**
         * Properties of a IMGroupInfoListRsp.
         * @deprecated Use IM.Group.IMGroupInfoListRsp.$Properties instead.
         */
        interface IIMGroupInfoListRsp extends IM.Group.IMGroupInfoListRsp.$Properties {
        }

        /** Represents a IMGroupInfoListRsp. */
        class IMGroupInfoListRsp {

            /**
             * Constructs a new IMGroupInfoListRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupInfoListRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupInfoListRsp user_id. */
            user_id: number;

            /** IMGroupInfoListRsp group_info_list. */
            group_info_list: IM.BaseDefine.GroupInfo.$Properties[];

            /** IMGroupInfoListRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupInfoListRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupInfoListRsp instance
             */
            static create(properties: IM.Group.IMGroupInfoListRsp.$Shape): IM.Group.IMGroupInfoListRsp & IM.Group.IMGroupInfoListRsp.$Shape;
            static create(properties?: IM.Group.IMGroupInfoListRsp.$Properties): IM.Group.IMGroupInfoListRsp;

            /**
             * Encodes the specified IMGroupInfoListRsp message. Does not implicitly {@link IM.Group.IMGroupInfoListRsp.verify|verify} messages.
             * @param message IMGroupInfoListRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupInfoListRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupInfoListRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupInfoListRsp & IM.Group.IMGroupInfoListRsp.$Shape} IMGroupInfoListRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupInfoListRsp & IM.Group.IMGroupInfoListRsp.$Shape;

            /**
             * Verifies a IMGroupInfoListRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupInfoListRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupInfoListRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupInfoListRsp;

            /**
             * Creates a plain object from a IMGroupInfoListRsp message. Also converts values to other types if specified.
             * @param message IMGroupInfoListRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupInfoListRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupInfoListRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupInfoListRsp {

            /** Properties of a IMGroupInfoListRsp. */
            interface $Properties {

                /** IMGroupInfoListRsp user_id */
                user_id: number;

                /** IMGroupInfoListRsp group_info_list */
                group_info_list?: (IM.BaseDefine.GroupInfo.$Properties[]|null);

                /** IMGroupInfoListRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupInfoListRsp. */
            type $Shape = IM.Group.IMGroupInfoListRsp.$Properties;
        }

        /**
         * Properties of a IMGroupCreateReq.
         * @deprecated Use IM.Group.IMGroupCreateReq.$Properties instead.
         */
        interface IIMGroupCreateReq extends IM.Group.IMGroupCreateReq.$Properties {
        }

        /** Represents a IMGroupCreateReq. */
        class IMGroupCreateReq {

            /**
             * Constructs a new IMGroupCreateReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupCreateReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupCreateReq user_id. */
            user_id: number;

            /** IMGroupCreateReq group_type. */
            group_type: IM.BaseDefine.GroupType;

            /** IMGroupCreateReq group_name. */
            group_name: string;

            /** IMGroupCreateReq group_avatar. */
            group_avatar: string;

            /** IMGroupCreateReq member_id_list. */
            member_id_list: number[];

            /** IMGroupCreateReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupCreateReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupCreateReq instance
             */
            static create(properties: IM.Group.IMGroupCreateReq.$Shape): IM.Group.IMGroupCreateReq & IM.Group.IMGroupCreateReq.$Shape;
            static create(properties?: IM.Group.IMGroupCreateReq.$Properties): IM.Group.IMGroupCreateReq;

            /**
             * Encodes the specified IMGroupCreateReq message. Does not implicitly {@link IM.Group.IMGroupCreateReq.verify|verify} messages.
             * @param message IMGroupCreateReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupCreateReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupCreateReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupCreateReq & IM.Group.IMGroupCreateReq.$Shape} IMGroupCreateReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupCreateReq & IM.Group.IMGroupCreateReq.$Shape;

            /**
             * Verifies a IMGroupCreateReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupCreateReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupCreateReq
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupCreateReq;

            /**
             * Creates a plain object from a IMGroupCreateReq message. Also converts values to other types if specified.
             * @param message IMGroupCreateReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupCreateReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupCreateReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupCreateReq {

            /** Properties of a IMGroupCreateReq. */
            interface $Properties {

                /** IMGroupCreateReq user_id */
                user_id: number;

                /** IMGroupCreateReq group_type */
                group_type: IM.BaseDefine.GroupType;

                /** IMGroupCreateReq group_name */
                group_name: string;

                /** IMGroupCreateReq group_avatar */
                group_avatar: string;

                /** IMGroupCreateReq member_id_list */
                member_id_list?: (number[]|null);

                /** IMGroupCreateReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupCreateReq. */
            type $Shape = IM.Group.IMGroupCreateReq.$Properties;
        }

        /**
         * Properties of a IMGroupCreateRsp.
         * @deprecated Use IM.Group.IMGroupCreateRsp.$Properties instead.
         */
        interface IIMGroupCreateRsp extends IM.Group.IMGroupCreateRsp.$Properties {
        }

        /** Represents a IMGroupCreateRsp. */
        class IMGroupCreateRsp {

            /**
             * Constructs a new IMGroupCreateRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupCreateRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupCreateRsp user_id. */
            user_id: number;

            /** IMGroupCreateRsp result_code. */
            result_code: number;

            /** IMGroupCreateRsp group_id. */
            group_id: number;

            /** IMGroupCreateRsp group_name. */
            group_name: string;

            /** IMGroupCreateRsp user_id_list. */
            user_id_list: number[];

            /** IMGroupCreateRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupCreateRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupCreateRsp instance
             */
            static create(properties: IM.Group.IMGroupCreateRsp.$Shape): IM.Group.IMGroupCreateRsp & IM.Group.IMGroupCreateRsp.$Shape;
            static create(properties?: IM.Group.IMGroupCreateRsp.$Properties): IM.Group.IMGroupCreateRsp;

            /**
             * Encodes the specified IMGroupCreateRsp message. Does not implicitly {@link IM.Group.IMGroupCreateRsp.verify|verify} messages.
             * @param message IMGroupCreateRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupCreateRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupCreateRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupCreateRsp & IM.Group.IMGroupCreateRsp.$Shape} IMGroupCreateRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupCreateRsp & IM.Group.IMGroupCreateRsp.$Shape;

            /**
             * Verifies a IMGroupCreateRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupCreateRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupCreateRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupCreateRsp;

            /**
             * Creates a plain object from a IMGroupCreateRsp message. Also converts values to other types if specified.
             * @param message IMGroupCreateRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupCreateRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupCreateRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupCreateRsp {

            /** Properties of a IMGroupCreateRsp. */
            interface $Properties {

                /** IMGroupCreateRsp user_id */
                user_id: number;

                /** IMGroupCreateRsp result_code */
                result_code: number;

                /** IMGroupCreateRsp group_id */
                group_id?: (number|null);

                /** IMGroupCreateRsp group_name */
                group_name: string;

                /** IMGroupCreateRsp user_id_list */
                user_id_list?: (number[]|null);

                /** IMGroupCreateRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupCreateRsp. */
            type $Shape = IM.Group.IMGroupCreateRsp.$Properties;
        }

        /**
         * Properties of a IMGroupChangeMemberReq.
         * @deprecated Use IM.Group.IMGroupChangeMemberReq.$Properties instead.
         */
        interface IIMGroupChangeMemberReq extends IM.Group.IMGroupChangeMemberReq.$Properties {
        }

        /** Represents a IMGroupChangeMemberReq. */
        class IMGroupChangeMemberReq {

            /**
             * Constructs a new IMGroupChangeMemberReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupChangeMemberReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupChangeMemberReq user_id. */
            user_id: number;

            /** IMGroupChangeMemberReq change_type. */
            change_type: IM.BaseDefine.GroupModifyType;

            /** IMGroupChangeMemberReq group_id. */
            group_id: number;

            /** IMGroupChangeMemberReq member_id_list. */
            member_id_list: number[];

            /** IMGroupChangeMemberReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupChangeMemberReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupChangeMemberReq instance
             */
            static create(properties: IM.Group.IMGroupChangeMemberReq.$Shape): IM.Group.IMGroupChangeMemberReq & IM.Group.IMGroupChangeMemberReq.$Shape;
            static create(properties?: IM.Group.IMGroupChangeMemberReq.$Properties): IM.Group.IMGroupChangeMemberReq;

            /**
             * Encodes the specified IMGroupChangeMemberReq message. Does not implicitly {@link IM.Group.IMGroupChangeMemberReq.verify|verify} messages.
             * @param message IMGroupChangeMemberReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupChangeMemberReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupChangeMemberReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupChangeMemberReq & IM.Group.IMGroupChangeMemberReq.$Shape} IMGroupChangeMemberReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupChangeMemberReq & IM.Group.IMGroupChangeMemberReq.$Shape;

            /**
             * Verifies a IMGroupChangeMemberReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupChangeMemberReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupChangeMemberReq
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupChangeMemberReq;

            /**
             * Creates a plain object from a IMGroupChangeMemberReq message. Also converts values to other types if specified.
             * @param message IMGroupChangeMemberReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupChangeMemberReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupChangeMemberReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupChangeMemberReq {

            /** Properties of a IMGroupChangeMemberReq. */
            interface $Properties {

                /** IMGroupChangeMemberReq user_id */
                user_id: number;

                /** IMGroupChangeMemberReq change_type */
                change_type: IM.BaseDefine.GroupModifyType;

                /** IMGroupChangeMemberReq group_id */
                group_id: number;

                /** IMGroupChangeMemberReq member_id_list */
                member_id_list?: (number[]|null);

                /** IMGroupChangeMemberReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupChangeMemberReq. */
            type $Shape = IM.Group.IMGroupChangeMemberReq.$Properties;
        }

        /**
         * Properties of a IMGroupChangeMemberRsp.
         * @deprecated Use IM.Group.IMGroupChangeMemberRsp.$Properties instead.
         */
        interface IIMGroupChangeMemberRsp extends IM.Group.IMGroupChangeMemberRsp.$Properties {
        }

        /** Represents a IMGroupChangeMemberRsp. */
        class IMGroupChangeMemberRsp {

            /**
             * Constructs a new IMGroupChangeMemberRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupChangeMemberRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupChangeMemberRsp user_id. */
            user_id: number;

            /** IMGroupChangeMemberRsp change_type. */
            change_type: IM.BaseDefine.GroupModifyType;

            /** IMGroupChangeMemberRsp result_code. */
            result_code: number;

            /** IMGroupChangeMemberRsp group_id. */
            group_id: number;

            /** IMGroupChangeMemberRsp cur_user_id_list. */
            cur_user_id_list: number[];

            /** IMGroupChangeMemberRsp chg_user_id_list. */
            chg_user_id_list: number[];

            /** IMGroupChangeMemberRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupChangeMemberRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupChangeMemberRsp instance
             */
            static create(properties: IM.Group.IMGroupChangeMemberRsp.$Shape): IM.Group.IMGroupChangeMemberRsp & IM.Group.IMGroupChangeMemberRsp.$Shape;
            static create(properties?: IM.Group.IMGroupChangeMemberRsp.$Properties): IM.Group.IMGroupChangeMemberRsp;

            /**
             * Encodes the specified IMGroupChangeMemberRsp message. Does not implicitly {@link IM.Group.IMGroupChangeMemberRsp.verify|verify} messages.
             * @param message IMGroupChangeMemberRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupChangeMemberRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupChangeMemberRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupChangeMemberRsp & IM.Group.IMGroupChangeMemberRsp.$Shape} IMGroupChangeMemberRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupChangeMemberRsp & IM.Group.IMGroupChangeMemberRsp.$Shape;

            /**
             * Verifies a IMGroupChangeMemberRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupChangeMemberRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupChangeMemberRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupChangeMemberRsp;

            /**
             * Creates a plain object from a IMGroupChangeMemberRsp message. Also converts values to other types if specified.
             * @param message IMGroupChangeMemberRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupChangeMemberRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupChangeMemberRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupChangeMemberRsp {

            /** Properties of a IMGroupChangeMemberRsp. */
            interface $Properties {

                /** IMGroupChangeMemberRsp user_id */
                user_id: number;

                /** IMGroupChangeMemberRsp change_type */
                change_type: IM.BaseDefine.GroupModifyType;

                /** IMGroupChangeMemberRsp result_code */
                result_code: number;

                /** IMGroupChangeMemberRsp group_id */
                group_id: number;

                /** IMGroupChangeMemberRsp cur_user_id_list */
                cur_user_id_list?: (number[]|null);

                /** IMGroupChangeMemberRsp chg_user_id_list */
                chg_user_id_list?: (number[]|null);

                /** IMGroupChangeMemberRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupChangeMemberRsp. */
            type $Shape = IM.Group.IMGroupChangeMemberRsp.$Properties;
        }

        /**
         * Properties of a IMGroupShieldReq.
         * @deprecated Use IM.Group.IMGroupShieldReq.$Properties instead.
         */
        interface IIMGroupShieldReq extends IM.Group.IMGroupShieldReq.$Properties {
        }

        /** Represents a IMGroupShieldReq. */
        class IMGroupShieldReq {

            /**
             * Constructs a new IMGroupShieldReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupShieldReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupShieldReq user_id. */
            user_id: number;

            /** IMGroupShieldReq group_id. */
            group_id: number;

            /** IMGroupShieldReq shield_status. */
            shield_status: number;

            /** IMGroupShieldReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupShieldReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupShieldReq instance
             */
            static create(properties: IM.Group.IMGroupShieldReq.$Shape): IM.Group.IMGroupShieldReq & IM.Group.IMGroupShieldReq.$Shape;
            static create(properties?: IM.Group.IMGroupShieldReq.$Properties): IM.Group.IMGroupShieldReq;

            /**
             * Encodes the specified IMGroupShieldReq message. Does not implicitly {@link IM.Group.IMGroupShieldReq.verify|verify} messages.
             * @param message IMGroupShieldReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupShieldReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupShieldReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupShieldReq & IM.Group.IMGroupShieldReq.$Shape} IMGroupShieldReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupShieldReq & IM.Group.IMGroupShieldReq.$Shape;

            /**
             * Verifies a IMGroupShieldReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupShieldReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupShieldReq
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupShieldReq;

            /**
             * Creates a plain object from a IMGroupShieldReq message. Also converts values to other types if specified.
             * @param message IMGroupShieldReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupShieldReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupShieldReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupShieldReq {

            /** Properties of a IMGroupShieldReq. */
            interface $Properties {

                /** IMGroupShieldReq user_id */
                user_id: number;

                /** IMGroupShieldReq group_id */
                group_id: number;

                /** IMGroupShieldReq shield_status */
                shield_status: number;

                /** IMGroupShieldReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupShieldReq. */
            type $Shape = IM.Group.IMGroupShieldReq.$Properties;
        }

        /**
         * Properties of a IMGroupShieldRsp.
         * @deprecated Use IM.Group.IMGroupShieldRsp.$Properties instead.
         */
        interface IIMGroupShieldRsp extends IM.Group.IMGroupShieldRsp.$Properties {
        }

        /** Represents a IMGroupShieldRsp. */
        class IMGroupShieldRsp {

            /**
             * Constructs a new IMGroupShieldRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupShieldRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupShieldRsp user_id. */
            user_id: number;

            /** IMGroupShieldRsp group_id. */
            group_id: number;

            /** IMGroupShieldRsp result_code. */
            result_code: number;

            /** IMGroupShieldRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGroupShieldRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupShieldRsp instance
             */
            static create(properties: IM.Group.IMGroupShieldRsp.$Shape): IM.Group.IMGroupShieldRsp & IM.Group.IMGroupShieldRsp.$Shape;
            static create(properties?: IM.Group.IMGroupShieldRsp.$Properties): IM.Group.IMGroupShieldRsp;

            /**
             * Encodes the specified IMGroupShieldRsp message. Does not implicitly {@link IM.Group.IMGroupShieldRsp.verify|verify} messages.
             * @param message IMGroupShieldRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupShieldRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupShieldRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupShieldRsp & IM.Group.IMGroupShieldRsp.$Shape} IMGroupShieldRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupShieldRsp & IM.Group.IMGroupShieldRsp.$Shape;

            /**
             * Verifies a IMGroupShieldRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupShieldRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupShieldRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupShieldRsp;

            /**
             * Creates a plain object from a IMGroupShieldRsp message. Also converts values to other types if specified.
             * @param message IMGroupShieldRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupShieldRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupShieldRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupShieldRsp {

            /** Properties of a IMGroupShieldRsp. */
            interface $Properties {

                /** IMGroupShieldRsp user_id */
                user_id: number;

                /** IMGroupShieldRsp group_id */
                group_id: number;

                /** IMGroupShieldRsp result_code */
                result_code: number;

                /** IMGroupShieldRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupShieldRsp. */
            type $Shape = IM.Group.IMGroupShieldRsp.$Properties;
        }

        /**
         * Properties of a IMGroupChangeMemberNotify.
         * @deprecated Use IM.Group.IMGroupChangeMemberNotify.$Properties instead.
         */
        interface IIMGroupChangeMemberNotify extends IM.Group.IMGroupChangeMemberNotify.$Properties {
        }

        /** Represents a IMGroupChangeMemberNotify. */
        class IMGroupChangeMemberNotify {

            /**
             * Constructs a new IMGroupChangeMemberNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Group.IMGroupChangeMemberNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGroupChangeMemberNotify user_id. */
            user_id: number;

            /** IMGroupChangeMemberNotify change_type. */
            change_type: IM.BaseDefine.GroupModifyType;

            /** IMGroupChangeMemberNotify group_id. */
            group_id: number;

            /** IMGroupChangeMemberNotify cur_user_id_list. */
            cur_user_id_list: number[];

            /** IMGroupChangeMemberNotify chg_user_id_list. */
            chg_user_id_list: number[];

            /**
             * Creates a new IMGroupChangeMemberNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGroupChangeMemberNotify instance
             */
            static create(properties: IM.Group.IMGroupChangeMemberNotify.$Shape): IM.Group.IMGroupChangeMemberNotify & IM.Group.IMGroupChangeMemberNotify.$Shape;
            static create(properties?: IM.Group.IMGroupChangeMemberNotify.$Properties): IM.Group.IMGroupChangeMemberNotify;

            /**
             * Encodes the specified IMGroupChangeMemberNotify message. Does not implicitly {@link IM.Group.IMGroupChangeMemberNotify.verify|verify} messages.
             * @param message IMGroupChangeMemberNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Group.IMGroupChangeMemberNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGroupChangeMemberNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Group.IMGroupChangeMemberNotify & IM.Group.IMGroupChangeMemberNotify.$Shape} IMGroupChangeMemberNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Group.IMGroupChangeMemberNotify & IM.Group.IMGroupChangeMemberNotify.$Shape;

            /**
             * Verifies a IMGroupChangeMemberNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGroupChangeMemberNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGroupChangeMemberNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Group.IMGroupChangeMemberNotify;

            /**
             * Creates a plain object from a IMGroupChangeMemberNotify message. Also converts values to other types if specified.
             * @param message IMGroupChangeMemberNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Group.IMGroupChangeMemberNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGroupChangeMemberNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGroupChangeMemberNotify {

            /** Properties of a IMGroupChangeMemberNotify. */
            interface $Properties {

                /** IMGroupChangeMemberNotify user_id */
                user_id: number;

                /** IMGroupChangeMemberNotify change_type */
                change_type: IM.BaseDefine.GroupModifyType;

                /** IMGroupChangeMemberNotify group_id */
                group_id: number;

                /** IMGroupChangeMemberNotify cur_user_id_list */
                cur_user_id_list?: (number[]|null);

                /** IMGroupChangeMemberNotify chg_user_id_list */
                chg_user_id_list?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGroupChangeMemberNotify. */
            type $Shape = IM.Group.IMGroupChangeMemberNotify.$Properties;
        }
    }

    /** Namespace Login. */
    namespace Login {

        /**
         * Properties of a IMMsgServReq.
         * @deprecated Use IM.Login.IMMsgServReq.$Properties instead.
         */
        interface IIMMsgServReq extends IM.Login.IMMsgServReq.$Properties {
        }

        /** Represents a IMMsgServReq. */
        class IMMsgServReq {

            /**
             * Constructs a new IMMsgServReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMMsgServReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new IMMsgServReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgServReq instance
             */
            static create(properties: IM.Login.IMMsgServReq.$Shape): IM.Login.IMMsgServReq & IM.Login.IMMsgServReq.$Shape;
            static create(properties?: IM.Login.IMMsgServReq.$Properties): IM.Login.IMMsgServReq;

            /**
             * Encodes the specified IMMsgServReq message. Does not implicitly {@link IM.Login.IMMsgServReq.verify|verify} messages.
             * @param message IMMsgServReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMMsgServReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgServReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMMsgServReq & IM.Login.IMMsgServReq.$Shape} IMMsgServReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMMsgServReq & IM.Login.IMMsgServReq.$Shape;

            /**
             * Verifies a IMMsgServReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgServReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgServReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMMsgServReq;

            /**
             * Creates a plain object from a IMMsgServReq message. Also converts values to other types if specified.
             * @param message IMMsgServReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMMsgServReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgServReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgServReq {

            /** Properties of a IMMsgServReq. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgServReq. */
            type $Shape = IM.Login.IMMsgServReq.$Properties;
        }

        /**
         * Properties of a IMMsgServRsp.
         * @deprecated Use IM.Login.IMMsgServRsp.$Properties instead.
         */
        interface IIMMsgServRsp extends IM.Login.IMMsgServRsp.$Properties {
        }

        /** Represents a IMMsgServRsp. */
        class IMMsgServRsp {

            /**
             * Constructs a new IMMsgServRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMMsgServRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMMsgServRsp result_code. */
            result_code: IM.BaseDefine.ResultType;

            /** IMMsgServRsp prior_ip. */
            prior_ip: string;

            /** IMMsgServRsp backip_ip. */
            backip_ip: string;

            /** IMMsgServRsp port. */
            port: number;

            /**
             * Creates a new IMMsgServRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgServRsp instance
             */
            static create(properties: IM.Login.IMMsgServRsp.$Shape): IM.Login.IMMsgServRsp & IM.Login.IMMsgServRsp.$Shape;
            static create(properties?: IM.Login.IMMsgServRsp.$Properties): IM.Login.IMMsgServRsp;

            /**
             * Encodes the specified IMMsgServRsp message. Does not implicitly {@link IM.Login.IMMsgServRsp.verify|verify} messages.
             * @param message IMMsgServRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMMsgServRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgServRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMMsgServRsp & IM.Login.IMMsgServRsp.$Shape} IMMsgServRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMMsgServRsp & IM.Login.IMMsgServRsp.$Shape;

            /**
             * Verifies a IMMsgServRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgServRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgServRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMMsgServRsp;

            /**
             * Creates a plain object from a IMMsgServRsp message. Also converts values to other types if specified.
             * @param message IMMsgServRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMMsgServRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgServRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgServRsp {

            /** Properties of a IMMsgServRsp. */
            interface $Properties {

                /** IMMsgServRsp result_code */
                result_code: IM.BaseDefine.ResultType;

                /** IMMsgServRsp prior_ip */
                prior_ip?: (string|null);

                /** IMMsgServRsp backip_ip */
                backip_ip?: (string|null);

                /** IMMsgServRsp port */
                port?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgServRsp. */
            type $Shape = IM.Login.IMMsgServRsp.$Properties;
        }

        /**
         * Properties of a IMLoginReq.
         * @deprecated Use IM.Login.IMLoginReq.$Properties instead.
         */
        interface IIMLoginReq extends IM.Login.IMLoginReq.$Properties {
        }

        /** Represents a IMLoginReq. */
        class IMLoginReq {

            /**
             * Constructs a new IMLoginReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMLoginReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMLoginReq user_name. */
            user_name: string;

            /** IMLoginReq password. */
            password: string;

            /** IMLoginReq online_status. */
            online_status: IM.BaseDefine.UserStatType;

            /** IMLoginReq client_type. */
            client_type: IM.BaseDefine.ClientType;

            /** IMLoginReq client_version. */
            client_version: string;

            /**
             * Creates a new IMLoginReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMLoginReq instance
             */
            static create(properties: IM.Login.IMLoginReq.$Shape): IM.Login.IMLoginReq & IM.Login.IMLoginReq.$Shape;
            static create(properties?: IM.Login.IMLoginReq.$Properties): IM.Login.IMLoginReq;

            /**
             * Encodes the specified IMLoginReq message. Does not implicitly {@link IM.Login.IMLoginReq.verify|verify} messages.
             * @param message IMLoginReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMLoginReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMLoginReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMLoginReq & IM.Login.IMLoginReq.$Shape} IMLoginReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMLoginReq & IM.Login.IMLoginReq.$Shape;

            /**
             * Verifies a IMLoginReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMLoginReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMLoginReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMLoginReq;

            /**
             * Creates a plain object from a IMLoginReq message. Also converts values to other types if specified.
             * @param message IMLoginReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMLoginReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMLoginReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMLoginReq {

            /** Properties of a IMLoginReq. */
            interface $Properties {

                /** IMLoginReq user_name */
                user_name: string;

                /** IMLoginReq password */
                password: string;

                /** IMLoginReq online_status */
                online_status: IM.BaseDefine.UserStatType;

                /** IMLoginReq client_type */
                client_type: IM.BaseDefine.ClientType;

                /** IMLoginReq client_version */
                client_version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMLoginReq. */
            type $Shape = IM.Login.IMLoginReq.$Properties;
        }

        /**
         * Properties of a IMLoginRes.
         * @deprecated Use IM.Login.IMLoginRes.$Properties instead.
         */
        interface IIMLoginRes extends IM.Login.IMLoginRes.$Properties {
        }

        /** Represents a IMLoginRes. */
        class IMLoginRes {

            /**
             * Constructs a new IMLoginRes.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMLoginRes.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMLoginRes server_time. */
            server_time: number;

            /** IMLoginRes result_code. */
            result_code: IM.BaseDefine.ResultType;

            /** IMLoginRes result_string. */
            result_string: string;

            /** IMLoginRes online_status. */
            online_status: IM.BaseDefine.UserStatType;

            /** IMLoginRes user_info. */
            user_info?: (IM.BaseDefine.UserInfo.$Properties|null);

            /**
             * Creates a new IMLoginRes instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMLoginRes instance
             */
            static create(properties: IM.Login.IMLoginRes.$Shape): IM.Login.IMLoginRes & IM.Login.IMLoginRes.$Shape;
            static create(properties?: IM.Login.IMLoginRes.$Properties): IM.Login.IMLoginRes;

            /**
             * Encodes the specified IMLoginRes message. Does not implicitly {@link IM.Login.IMLoginRes.verify|verify} messages.
             * @param message IMLoginRes message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMLoginRes.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMLoginRes message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMLoginRes & IM.Login.IMLoginRes.$Shape} IMLoginRes
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMLoginRes & IM.Login.IMLoginRes.$Shape;

            /**
             * Verifies a IMLoginRes message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMLoginRes message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMLoginRes
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMLoginRes;

            /**
             * Creates a plain object from a IMLoginRes message. Also converts values to other types if specified.
             * @param message IMLoginRes
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMLoginRes, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMLoginRes to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMLoginRes {

            /** Properties of a IMLoginRes. */
            interface $Properties {

                /** IMLoginRes server_time */
                server_time: number;

                /** IMLoginRes result_code */
                result_code: IM.BaseDefine.ResultType;

                /** IMLoginRes result_string */
                result_string?: (string|null);

                /** IMLoginRes online_status */
                online_status?: (IM.BaseDefine.UserStatType|null);

                /** IMLoginRes user_info */
                user_info?: (IM.BaseDefine.UserInfo.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMLoginRes. */
            type $Shape = IM.Login.IMLoginRes.$Properties;
        }

        /**
         * Properties of a IMLogoutReq.
         * @deprecated Use IM.Login.IMLogoutReq.$Properties instead.
         */
        interface IIMLogoutReq extends IM.Login.IMLogoutReq.$Properties {
        }

        /** Represents a IMLogoutReq. */
        class IMLogoutReq {

            /**
             * Constructs a new IMLogoutReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMLogoutReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new IMLogoutReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMLogoutReq instance
             */
            static create(properties: IM.Login.IMLogoutReq.$Shape): IM.Login.IMLogoutReq & IM.Login.IMLogoutReq.$Shape;
            static create(properties?: IM.Login.IMLogoutReq.$Properties): IM.Login.IMLogoutReq;

            /**
             * Encodes the specified IMLogoutReq message. Does not implicitly {@link IM.Login.IMLogoutReq.verify|verify} messages.
             * @param message IMLogoutReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMLogoutReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMLogoutReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMLogoutReq & IM.Login.IMLogoutReq.$Shape} IMLogoutReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMLogoutReq & IM.Login.IMLogoutReq.$Shape;

            /**
             * Verifies a IMLogoutReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMLogoutReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMLogoutReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMLogoutReq;

            /**
             * Creates a plain object from a IMLogoutReq message. Also converts values to other types if specified.
             * @param message IMLogoutReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMLogoutReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMLogoutReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMLogoutReq {

            /** Properties of a IMLogoutReq. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMLogoutReq. */
            type $Shape = IM.Login.IMLogoutReq.$Properties;
        }

        /**
         * Properties of a IMLogoutRsp.
         * @deprecated Use IM.Login.IMLogoutRsp.$Properties instead.
         */
        interface IIMLogoutRsp extends IM.Login.IMLogoutRsp.$Properties {
        }

        /** Represents a IMLogoutRsp. */
        class IMLogoutRsp {

            /**
             * Constructs a new IMLogoutRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMLogoutRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMLogoutRsp result_code. */
            result_code: number;

            /**
             * Creates a new IMLogoutRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMLogoutRsp instance
             */
            static create(properties: IM.Login.IMLogoutRsp.$Shape): IM.Login.IMLogoutRsp & IM.Login.IMLogoutRsp.$Shape;
            static create(properties?: IM.Login.IMLogoutRsp.$Properties): IM.Login.IMLogoutRsp;

            /**
             * Encodes the specified IMLogoutRsp message. Does not implicitly {@link IM.Login.IMLogoutRsp.verify|verify} messages.
             * @param message IMLogoutRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMLogoutRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMLogoutRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMLogoutRsp & IM.Login.IMLogoutRsp.$Shape} IMLogoutRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMLogoutRsp & IM.Login.IMLogoutRsp.$Shape;

            /**
             * Verifies a IMLogoutRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMLogoutRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMLogoutRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMLogoutRsp;

            /**
             * Creates a plain object from a IMLogoutRsp message. Also converts values to other types if specified.
             * @param message IMLogoutRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMLogoutRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMLogoutRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMLogoutRsp {

            /** Properties of a IMLogoutRsp. */
            interface $Properties {

                /** IMLogoutRsp result_code */
                result_code: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMLogoutRsp. */
            type $Shape = IM.Login.IMLogoutRsp.$Properties;
        }

        /**
         * Properties of a IMKickUser.
         * @deprecated Use IM.Login.IMKickUser.$Properties instead.
         */
        interface IIMKickUser extends IM.Login.IMKickUser.$Properties {
        }

        /** Represents a IMKickUser. */
        class IMKickUser {

            /**
             * Constructs a new IMKickUser.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMKickUser.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMKickUser user_id. */
            user_id: number;

            /** IMKickUser kick_reason. */
            kick_reason: IM.BaseDefine.KickReasonType;

            /**
             * Creates a new IMKickUser instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMKickUser instance
             */
            static create(properties: IM.Login.IMKickUser.$Shape): IM.Login.IMKickUser & IM.Login.IMKickUser.$Shape;
            static create(properties?: IM.Login.IMKickUser.$Properties): IM.Login.IMKickUser;

            /**
             * Encodes the specified IMKickUser message. Does not implicitly {@link IM.Login.IMKickUser.verify|verify} messages.
             * @param message IMKickUser message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMKickUser.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMKickUser message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMKickUser & IM.Login.IMKickUser.$Shape} IMKickUser
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMKickUser & IM.Login.IMKickUser.$Shape;

            /**
             * Verifies a IMKickUser message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMKickUser message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMKickUser
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMKickUser;

            /**
             * Creates a plain object from a IMKickUser message. Also converts values to other types if specified.
             * @param message IMKickUser
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMKickUser, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMKickUser to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMKickUser {

            /** Properties of a IMKickUser. */
            interface $Properties {

                /** IMKickUser user_id */
                user_id: number;

                /** IMKickUser kick_reason */
                kick_reason: IM.BaseDefine.KickReasonType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMKickUser. */
            type $Shape = IM.Login.IMKickUser.$Properties;
        }

        /**
         * Properties of a IMDeviceTokenReq.
         * @deprecated Use IM.Login.IMDeviceTokenReq.$Properties instead.
         */
        interface IIMDeviceTokenReq extends IM.Login.IMDeviceTokenReq.$Properties {
        }

        /** Represents a IMDeviceTokenReq. */
        class IMDeviceTokenReq {

            /**
             * Constructs a new IMDeviceTokenReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMDeviceTokenReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMDeviceTokenReq user_id. */
            user_id: number;

            /** IMDeviceTokenReq device_token. */
            device_token: string;

            /** IMDeviceTokenReq client_type. */
            client_type: IM.BaseDefine.ClientType;

            /** IMDeviceTokenReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMDeviceTokenReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMDeviceTokenReq instance
             */
            static create(properties: IM.Login.IMDeviceTokenReq.$Shape): IM.Login.IMDeviceTokenReq & IM.Login.IMDeviceTokenReq.$Shape;
            static create(properties?: IM.Login.IMDeviceTokenReq.$Properties): IM.Login.IMDeviceTokenReq;

            /**
             * Encodes the specified IMDeviceTokenReq message. Does not implicitly {@link IM.Login.IMDeviceTokenReq.verify|verify} messages.
             * @param message IMDeviceTokenReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMDeviceTokenReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMDeviceTokenReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMDeviceTokenReq & IM.Login.IMDeviceTokenReq.$Shape} IMDeviceTokenReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMDeviceTokenReq & IM.Login.IMDeviceTokenReq.$Shape;

            /**
             * Verifies a IMDeviceTokenReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMDeviceTokenReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMDeviceTokenReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMDeviceTokenReq;

            /**
             * Creates a plain object from a IMDeviceTokenReq message. Also converts values to other types if specified.
             * @param message IMDeviceTokenReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMDeviceTokenReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMDeviceTokenReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMDeviceTokenReq {

            /** Properties of a IMDeviceTokenReq. */
            interface $Properties {

                /** IMDeviceTokenReq user_id */
                user_id: number;

                /** IMDeviceTokenReq device_token */
                device_token: string;

                /** IMDeviceTokenReq client_type */
                client_type?: (IM.BaseDefine.ClientType|null);

                /** IMDeviceTokenReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMDeviceTokenReq. */
            type $Shape = IM.Login.IMDeviceTokenReq.$Properties;
        }

        /**
         * Properties of a IMDeviceTokenRsp.
         * @deprecated Use IM.Login.IMDeviceTokenRsp.$Properties instead.
         */
        interface IIMDeviceTokenRsp extends IM.Login.IMDeviceTokenRsp.$Properties {
        }

        /** Represents a IMDeviceTokenRsp. */
        class IMDeviceTokenRsp {

            /**
             * Constructs a new IMDeviceTokenRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMDeviceTokenRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMDeviceTokenRsp user_id. */
            user_id: number;

            /** IMDeviceTokenRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMDeviceTokenRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMDeviceTokenRsp instance
             */
            static create(properties: IM.Login.IMDeviceTokenRsp.$Shape): IM.Login.IMDeviceTokenRsp & IM.Login.IMDeviceTokenRsp.$Shape;
            static create(properties?: IM.Login.IMDeviceTokenRsp.$Properties): IM.Login.IMDeviceTokenRsp;

            /**
             * Encodes the specified IMDeviceTokenRsp message. Does not implicitly {@link IM.Login.IMDeviceTokenRsp.verify|verify} messages.
             * @param message IMDeviceTokenRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMDeviceTokenRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMDeviceTokenRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMDeviceTokenRsp & IM.Login.IMDeviceTokenRsp.$Shape} IMDeviceTokenRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMDeviceTokenRsp & IM.Login.IMDeviceTokenRsp.$Shape;

            /**
             * Verifies a IMDeviceTokenRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMDeviceTokenRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMDeviceTokenRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMDeviceTokenRsp;

            /**
             * Creates a plain object from a IMDeviceTokenRsp message. Also converts values to other types if specified.
             * @param message IMDeviceTokenRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMDeviceTokenRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMDeviceTokenRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMDeviceTokenRsp {

            /** Properties of a IMDeviceTokenRsp. */
            interface $Properties {

                /** IMDeviceTokenRsp user_id */
                user_id: number;

                /** IMDeviceTokenRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMDeviceTokenRsp. */
            type $Shape = IM.Login.IMDeviceTokenRsp.$Properties;
        }

        /**
         * Properties of a IMKickPCClientReq.
         * @deprecated Use IM.Login.IMKickPCClientReq.$Properties instead.
         */
        interface IIMKickPCClientReq extends IM.Login.IMKickPCClientReq.$Properties {
        }

        /** Represents a IMKickPCClientReq. */
        class IMKickPCClientReq {

            /**
             * Constructs a new IMKickPCClientReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMKickPCClientReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMKickPCClientReq user_id. */
            user_id: number;

            /**
             * Creates a new IMKickPCClientReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMKickPCClientReq instance
             */
            static create(properties: IM.Login.IMKickPCClientReq.$Shape): IM.Login.IMKickPCClientReq & IM.Login.IMKickPCClientReq.$Shape;
            static create(properties?: IM.Login.IMKickPCClientReq.$Properties): IM.Login.IMKickPCClientReq;

            /**
             * Encodes the specified IMKickPCClientReq message. Does not implicitly {@link IM.Login.IMKickPCClientReq.verify|verify} messages.
             * @param message IMKickPCClientReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMKickPCClientReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMKickPCClientReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMKickPCClientReq & IM.Login.IMKickPCClientReq.$Shape} IMKickPCClientReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMKickPCClientReq & IM.Login.IMKickPCClientReq.$Shape;

            /**
             * Verifies a IMKickPCClientReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMKickPCClientReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMKickPCClientReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMKickPCClientReq;

            /**
             * Creates a plain object from a IMKickPCClientReq message. Also converts values to other types if specified.
             * @param message IMKickPCClientReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMKickPCClientReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMKickPCClientReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMKickPCClientReq {

            /** Properties of a IMKickPCClientReq. */
            interface $Properties {

                /** IMKickPCClientReq user_id */
                user_id: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMKickPCClientReq. */
            type $Shape = IM.Login.IMKickPCClientReq.$Properties;
        }

        /**
         * Properties of a IMKickPCClientRsp.
         * @deprecated Use IM.Login.IMKickPCClientRsp.$Properties instead.
         */
        interface IIMKickPCClientRsp extends IM.Login.IMKickPCClientRsp.$Properties {
        }

        /** Represents a IMKickPCClientRsp. */
        class IMKickPCClientRsp {

            /**
             * Constructs a new IMKickPCClientRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMKickPCClientRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMKickPCClientRsp user_id. */
            user_id: number;

            /** IMKickPCClientRsp result_code. */
            result_code: number;

            /**
             * Creates a new IMKickPCClientRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMKickPCClientRsp instance
             */
            static create(properties: IM.Login.IMKickPCClientRsp.$Shape): IM.Login.IMKickPCClientRsp & IM.Login.IMKickPCClientRsp.$Shape;
            static create(properties?: IM.Login.IMKickPCClientRsp.$Properties): IM.Login.IMKickPCClientRsp;

            /**
             * Encodes the specified IMKickPCClientRsp message. Does not implicitly {@link IM.Login.IMKickPCClientRsp.verify|verify} messages.
             * @param message IMKickPCClientRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMKickPCClientRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMKickPCClientRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMKickPCClientRsp & IM.Login.IMKickPCClientRsp.$Shape} IMKickPCClientRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMKickPCClientRsp & IM.Login.IMKickPCClientRsp.$Shape;

            /**
             * Verifies a IMKickPCClientRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMKickPCClientRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMKickPCClientRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMKickPCClientRsp;

            /**
             * Creates a plain object from a IMKickPCClientRsp message. Also converts values to other types if specified.
             * @param message IMKickPCClientRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMKickPCClientRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMKickPCClientRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMKickPCClientRsp {

            /** Properties of a IMKickPCClientRsp. */
            interface $Properties {

                /** IMKickPCClientRsp user_id */
                user_id: number;

                /** IMKickPCClientRsp result_code */
                result_code: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMKickPCClientRsp. */
            type $Shape = IM.Login.IMKickPCClientRsp.$Properties;
        }

        /**
         * Properties of a IMPushShieldReq.
         * @deprecated Use IM.Login.IMPushShieldReq.$Properties instead.
         */
        interface IIMPushShieldReq extends IM.Login.IMPushShieldReq.$Properties {
        }

        /** Represents a IMPushShieldReq. */
        class IMPushShieldReq {

            /**
             * Constructs a new IMPushShieldReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMPushShieldReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMPushShieldReq user_id. */
            user_id: number;

            /** IMPushShieldReq shield_status. */
            shield_status: number;

            /** IMPushShieldReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMPushShieldReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMPushShieldReq instance
             */
            static create(properties: IM.Login.IMPushShieldReq.$Shape): IM.Login.IMPushShieldReq & IM.Login.IMPushShieldReq.$Shape;
            static create(properties?: IM.Login.IMPushShieldReq.$Properties): IM.Login.IMPushShieldReq;

            /**
             * Encodes the specified IMPushShieldReq message. Does not implicitly {@link IM.Login.IMPushShieldReq.verify|verify} messages.
             * @param message IMPushShieldReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMPushShieldReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMPushShieldReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMPushShieldReq & IM.Login.IMPushShieldReq.$Shape} IMPushShieldReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMPushShieldReq & IM.Login.IMPushShieldReq.$Shape;

            /**
             * Verifies a IMPushShieldReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMPushShieldReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMPushShieldReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMPushShieldReq;

            /**
             * Creates a plain object from a IMPushShieldReq message. Also converts values to other types if specified.
             * @param message IMPushShieldReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMPushShieldReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMPushShieldReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMPushShieldReq {

            /** Properties of a IMPushShieldReq. */
            interface $Properties {

                /** IMPushShieldReq user_id */
                user_id: number;

                /** IMPushShieldReq shield_status */
                shield_status: number;

                /** IMPushShieldReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMPushShieldReq. */
            type $Shape = IM.Login.IMPushShieldReq.$Properties;
        }

        /**
         * Properties of a IMPushShieldRsp.
         * @deprecated Use IM.Login.IMPushShieldRsp.$Properties instead.
         */
        interface IIMPushShieldRsp extends IM.Login.IMPushShieldRsp.$Properties {
        }

        /** Represents a IMPushShieldRsp. */
        class IMPushShieldRsp {

            /**
             * Constructs a new IMPushShieldRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMPushShieldRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMPushShieldRsp user_id. */
            user_id: number;

            /** IMPushShieldRsp result_code. */
            result_code: number;

            /** IMPushShieldRsp shield_status. */
            shield_status: number;

            /** IMPushShieldRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMPushShieldRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMPushShieldRsp instance
             */
            static create(properties: IM.Login.IMPushShieldRsp.$Shape): IM.Login.IMPushShieldRsp & IM.Login.IMPushShieldRsp.$Shape;
            static create(properties?: IM.Login.IMPushShieldRsp.$Properties): IM.Login.IMPushShieldRsp;

            /**
             * Encodes the specified IMPushShieldRsp message. Does not implicitly {@link IM.Login.IMPushShieldRsp.verify|verify} messages.
             * @param message IMPushShieldRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMPushShieldRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMPushShieldRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMPushShieldRsp & IM.Login.IMPushShieldRsp.$Shape} IMPushShieldRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMPushShieldRsp & IM.Login.IMPushShieldRsp.$Shape;

            /**
             * Verifies a IMPushShieldRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMPushShieldRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMPushShieldRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMPushShieldRsp;

            /**
             * Creates a plain object from a IMPushShieldRsp message. Also converts values to other types if specified.
             * @param message IMPushShieldRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMPushShieldRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMPushShieldRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMPushShieldRsp {

            /** Properties of a IMPushShieldRsp. */
            interface $Properties {

                /** IMPushShieldRsp user_id */
                user_id: number;

                /** IMPushShieldRsp result_code */
                result_code: number;

                /** IMPushShieldRsp shield_status */
                shield_status?: (number|null);

                /** IMPushShieldRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMPushShieldRsp. */
            type $Shape = IM.Login.IMPushShieldRsp.$Properties;
        }

        /**
         * Properties of a IMQueryPushShieldReq.
         * @deprecated Use IM.Login.IMQueryPushShieldReq.$Properties instead.
         */
        interface IIMQueryPushShieldReq extends IM.Login.IMQueryPushShieldReq.$Properties {
        }

        /** Represents a IMQueryPushShieldReq. */
        class IMQueryPushShieldReq {

            /**
             * Constructs a new IMQueryPushShieldReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMQueryPushShieldReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMQueryPushShieldReq user_id. */
            user_id: number;

            /** IMQueryPushShieldReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMQueryPushShieldReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMQueryPushShieldReq instance
             */
            static create(properties: IM.Login.IMQueryPushShieldReq.$Shape): IM.Login.IMQueryPushShieldReq & IM.Login.IMQueryPushShieldReq.$Shape;
            static create(properties?: IM.Login.IMQueryPushShieldReq.$Properties): IM.Login.IMQueryPushShieldReq;

            /**
             * Encodes the specified IMQueryPushShieldReq message. Does not implicitly {@link IM.Login.IMQueryPushShieldReq.verify|verify} messages.
             * @param message IMQueryPushShieldReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMQueryPushShieldReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMQueryPushShieldReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMQueryPushShieldReq & IM.Login.IMQueryPushShieldReq.$Shape} IMQueryPushShieldReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMQueryPushShieldReq & IM.Login.IMQueryPushShieldReq.$Shape;

            /**
             * Verifies a IMQueryPushShieldReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMQueryPushShieldReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMQueryPushShieldReq
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMQueryPushShieldReq;

            /**
             * Creates a plain object from a IMQueryPushShieldReq message. Also converts values to other types if specified.
             * @param message IMQueryPushShieldReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMQueryPushShieldReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMQueryPushShieldReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMQueryPushShieldReq {

            /** Properties of a IMQueryPushShieldReq. */
            interface $Properties {

                /** IMQueryPushShieldReq user_id */
                user_id: number;

                /** IMQueryPushShieldReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMQueryPushShieldReq. */
            type $Shape = IM.Login.IMQueryPushShieldReq.$Properties;
        }

        /**
         * Properties of a IMQueryPushShieldRsp.
         * @deprecated Use IM.Login.IMQueryPushShieldRsp.$Properties instead.
         */
        interface IIMQueryPushShieldRsp extends IM.Login.IMQueryPushShieldRsp.$Properties {
        }

        /** Represents a IMQueryPushShieldRsp. */
        class IMQueryPushShieldRsp {

            /**
             * Constructs a new IMQueryPushShieldRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Login.IMQueryPushShieldRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMQueryPushShieldRsp user_id. */
            user_id: number;

            /** IMQueryPushShieldRsp result_code. */
            result_code: number;

            /** IMQueryPushShieldRsp shield_status. */
            shield_status: number;

            /** IMQueryPushShieldRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMQueryPushShieldRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMQueryPushShieldRsp instance
             */
            static create(properties: IM.Login.IMQueryPushShieldRsp.$Shape): IM.Login.IMQueryPushShieldRsp & IM.Login.IMQueryPushShieldRsp.$Shape;
            static create(properties?: IM.Login.IMQueryPushShieldRsp.$Properties): IM.Login.IMQueryPushShieldRsp;

            /**
             * Encodes the specified IMQueryPushShieldRsp message. Does not implicitly {@link IM.Login.IMQueryPushShieldRsp.verify|verify} messages.
             * @param message IMQueryPushShieldRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Login.IMQueryPushShieldRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMQueryPushShieldRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Login.IMQueryPushShieldRsp & IM.Login.IMQueryPushShieldRsp.$Shape} IMQueryPushShieldRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Login.IMQueryPushShieldRsp & IM.Login.IMQueryPushShieldRsp.$Shape;

            /**
             * Verifies a IMQueryPushShieldRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMQueryPushShieldRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMQueryPushShieldRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Login.IMQueryPushShieldRsp;

            /**
             * Creates a plain object from a IMQueryPushShieldRsp message. Also converts values to other types if specified.
             * @param message IMQueryPushShieldRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Login.IMQueryPushShieldRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMQueryPushShieldRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMQueryPushShieldRsp {

            /** Properties of a IMQueryPushShieldRsp. */
            interface $Properties {

                /** IMQueryPushShieldRsp user_id */
                user_id: number;

                /** IMQueryPushShieldRsp result_code */
                result_code: number;

                /** IMQueryPushShieldRsp shield_status */
                shield_status?: (number|null);

                /** IMQueryPushShieldRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMQueryPushShieldRsp. */
            type $Shape = IM.Login.IMQueryPushShieldRsp.$Properties;
        }
    }

    /** Namespace Message. */
    namespace Message {

        /**
         * Properties of a IMMsgData.
         * @deprecated Use IM.Message.IMMsgData.$Properties instead.
         */
        interface IIMMsgData extends IM.Message.IMMsgData.$Properties {
        }

        /** Represents a IMMsgData. */
        class IMMsgData {

            /**
             * Constructs a new IMMsgData.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMMsgData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMMsgData from_user_id. */
            from_user_id: number;

            /** IMMsgData to_session_id. */
            to_session_id: number;

            /** IMMsgData msg_id. */
            msg_id: number;

            /** IMMsgData create_time. */
            create_time: number;

            /** IMMsgData msg_type. */
            msg_type: IM.BaseDefine.MsgType;

            /** IMMsgData msg_data. */
            msg_data: Uint8Array;

            /** IMMsgData attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMMsgData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgData instance
             */
            static create(properties: IM.Message.IMMsgData.$Shape): IM.Message.IMMsgData & IM.Message.IMMsgData.$Shape;
            static create(properties?: IM.Message.IMMsgData.$Properties): IM.Message.IMMsgData;

            /**
             * Encodes the specified IMMsgData message. Does not implicitly {@link IM.Message.IMMsgData.verify|verify} messages.
             * @param message IMMsgData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMMsgData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMMsgData & IM.Message.IMMsgData.$Shape} IMMsgData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMMsgData & IM.Message.IMMsgData.$Shape;

            /**
             * Verifies a IMMsgData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgData
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMMsgData;

            /**
             * Creates a plain object from a IMMsgData message. Also converts values to other types if specified.
             * @param message IMMsgData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMMsgData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgData {

            /** Properties of a IMMsgData. */
            interface $Properties {

                /** IMMsgData from_user_id */
                from_user_id: number;

                /** IMMsgData to_session_id */
                to_session_id: number;

                /** IMMsgData msg_id */
                msg_id: number;

                /** IMMsgData create_time */
                create_time: number;

                /** IMMsgData msg_type */
                msg_type: IM.BaseDefine.MsgType;

                /** IMMsgData msg_data */
                msg_data: Uint8Array;

                /** IMMsgData attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgData. */
            type $Shape = IM.Message.IMMsgData.$Properties;
        }

        /**
         * Properties of a IMMsgDataAck.
         * @deprecated Use IM.Message.IMMsgDataAck.$Properties instead.
         */
        interface IIMMsgDataAck extends IM.Message.IMMsgDataAck.$Properties {
        }

        /** Represents a IMMsgDataAck. */
        class IMMsgDataAck {

            /**
             * Constructs a new IMMsgDataAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMMsgDataAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMMsgDataAck user_id. */
            user_id: number;

            /** IMMsgDataAck session_id. */
            session_id: number;

            /** IMMsgDataAck msg_id. */
            msg_id: number;

            /** IMMsgDataAck session_type. */
            session_type: IM.BaseDefine.SessionType;

            /**
             * Creates a new IMMsgDataAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgDataAck instance
             */
            static create(properties: IM.Message.IMMsgDataAck.$Shape): IM.Message.IMMsgDataAck & IM.Message.IMMsgDataAck.$Shape;
            static create(properties?: IM.Message.IMMsgDataAck.$Properties): IM.Message.IMMsgDataAck;

            /**
             * Encodes the specified IMMsgDataAck message. Does not implicitly {@link IM.Message.IMMsgDataAck.verify|verify} messages.
             * @param message IMMsgDataAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMMsgDataAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgDataAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMMsgDataAck & IM.Message.IMMsgDataAck.$Shape} IMMsgDataAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMMsgDataAck & IM.Message.IMMsgDataAck.$Shape;

            /**
             * Verifies a IMMsgDataAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgDataAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgDataAck
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMMsgDataAck;

            /**
             * Creates a plain object from a IMMsgDataAck message. Also converts values to other types if specified.
             * @param message IMMsgDataAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMMsgDataAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgDataAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgDataAck {

            /** Properties of a IMMsgDataAck. */
            interface $Properties {

                /** IMMsgDataAck user_id */
                user_id: number;

                /** IMMsgDataAck session_id */
                session_id: number;

                /** IMMsgDataAck msg_id */
                msg_id: number;

                /** IMMsgDataAck session_type */
                session_type: IM.BaseDefine.SessionType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgDataAck. */
            type $Shape = IM.Message.IMMsgDataAck.$Properties;
        }

        /**
         * Properties of a IMMsgDataReadAck.
         * @deprecated Use IM.Message.IMMsgDataReadAck.$Properties instead.
         */
        interface IIMMsgDataReadAck extends IM.Message.IMMsgDataReadAck.$Properties {
        }

        /** Represents a IMMsgDataReadAck. */
        class IMMsgDataReadAck {

            /**
             * Constructs a new IMMsgDataReadAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMMsgDataReadAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMMsgDataReadAck user_id. */
            user_id: number;

            /** IMMsgDataReadAck session_id. */
            session_id: number;

            /** IMMsgDataReadAck msg_id. */
            msg_id: number;

            /** IMMsgDataReadAck session_type. */
            session_type: IM.BaseDefine.SessionType;

            /**
             * Creates a new IMMsgDataReadAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgDataReadAck instance
             */
            static create(properties: IM.Message.IMMsgDataReadAck.$Shape): IM.Message.IMMsgDataReadAck & IM.Message.IMMsgDataReadAck.$Shape;
            static create(properties?: IM.Message.IMMsgDataReadAck.$Properties): IM.Message.IMMsgDataReadAck;

            /**
             * Encodes the specified IMMsgDataReadAck message. Does not implicitly {@link IM.Message.IMMsgDataReadAck.verify|verify} messages.
             * @param message IMMsgDataReadAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMMsgDataReadAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgDataReadAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMMsgDataReadAck & IM.Message.IMMsgDataReadAck.$Shape} IMMsgDataReadAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMMsgDataReadAck & IM.Message.IMMsgDataReadAck.$Shape;

            /**
             * Verifies a IMMsgDataReadAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgDataReadAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgDataReadAck
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMMsgDataReadAck;

            /**
             * Creates a plain object from a IMMsgDataReadAck message. Also converts values to other types if specified.
             * @param message IMMsgDataReadAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMMsgDataReadAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgDataReadAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgDataReadAck {

            /** Properties of a IMMsgDataReadAck. */
            interface $Properties {

                /** IMMsgDataReadAck user_id */
                user_id: number;

                /** IMMsgDataReadAck session_id */
                session_id: number;

                /** IMMsgDataReadAck msg_id */
                msg_id: number;

                /** IMMsgDataReadAck session_type */
                session_type: IM.BaseDefine.SessionType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgDataReadAck. */
            type $Shape = IM.Message.IMMsgDataReadAck.$Properties;
        }

        /**
         * Properties of a IMMsgDataReadNotify.
         * @deprecated Use IM.Message.IMMsgDataReadNotify.$Properties instead.
         */
        interface IIMMsgDataReadNotify extends IM.Message.IMMsgDataReadNotify.$Properties {
        }

        /** Represents a IMMsgDataReadNotify. */
        class IMMsgDataReadNotify {

            /**
             * Constructs a new IMMsgDataReadNotify.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMMsgDataReadNotify.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMMsgDataReadNotify user_id. */
            user_id: number;

            /** IMMsgDataReadNotify session_id. */
            session_id: number;

            /** IMMsgDataReadNotify msg_id. */
            msg_id: number;

            /** IMMsgDataReadNotify session_type. */
            session_type: IM.BaseDefine.SessionType;

            /**
             * Creates a new IMMsgDataReadNotify instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMMsgDataReadNotify instance
             */
            static create(properties: IM.Message.IMMsgDataReadNotify.$Shape): IM.Message.IMMsgDataReadNotify & IM.Message.IMMsgDataReadNotify.$Shape;
            static create(properties?: IM.Message.IMMsgDataReadNotify.$Properties): IM.Message.IMMsgDataReadNotify;

            /**
             * Encodes the specified IMMsgDataReadNotify message. Does not implicitly {@link IM.Message.IMMsgDataReadNotify.verify|verify} messages.
             * @param message IMMsgDataReadNotify message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMMsgDataReadNotify.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMMsgDataReadNotify message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMMsgDataReadNotify & IM.Message.IMMsgDataReadNotify.$Shape} IMMsgDataReadNotify
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMMsgDataReadNotify & IM.Message.IMMsgDataReadNotify.$Shape;

            /**
             * Verifies a IMMsgDataReadNotify message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMMsgDataReadNotify message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMMsgDataReadNotify
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMMsgDataReadNotify;

            /**
             * Creates a plain object from a IMMsgDataReadNotify message. Also converts values to other types if specified.
             * @param message IMMsgDataReadNotify
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMMsgDataReadNotify, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMMsgDataReadNotify to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMMsgDataReadNotify {

            /** Properties of a IMMsgDataReadNotify. */
            interface $Properties {

                /** IMMsgDataReadNotify user_id */
                user_id: number;

                /** IMMsgDataReadNotify session_id */
                session_id: number;

                /** IMMsgDataReadNotify msg_id */
                msg_id: number;

                /** IMMsgDataReadNotify session_type */
                session_type: IM.BaseDefine.SessionType;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMMsgDataReadNotify. */
            type $Shape = IM.Message.IMMsgDataReadNotify.$Properties;
        }

        /**
         * Properties of a IMClientTimeReq.
         * @deprecated Use IM.Message.IMClientTimeReq.$Properties instead.
         */
        interface IIMClientTimeReq extends IM.Message.IMClientTimeReq.$Properties {
        }

        /** Represents a IMClientTimeReq. */
        class IMClientTimeReq {

            /**
             * Constructs a new IMClientTimeReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMClientTimeReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new IMClientTimeReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMClientTimeReq instance
             */
            static create(properties: IM.Message.IMClientTimeReq.$Shape): IM.Message.IMClientTimeReq & IM.Message.IMClientTimeReq.$Shape;
            static create(properties?: IM.Message.IMClientTimeReq.$Properties): IM.Message.IMClientTimeReq;

            /**
             * Encodes the specified IMClientTimeReq message. Does not implicitly {@link IM.Message.IMClientTimeReq.verify|verify} messages.
             * @param message IMClientTimeReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMClientTimeReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMClientTimeReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMClientTimeReq & IM.Message.IMClientTimeReq.$Shape} IMClientTimeReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMClientTimeReq & IM.Message.IMClientTimeReq.$Shape;

            /**
             * Verifies a IMClientTimeReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMClientTimeReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMClientTimeReq
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMClientTimeReq;

            /**
             * Creates a plain object from a IMClientTimeReq message. Also converts values to other types if specified.
             * @param message IMClientTimeReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMClientTimeReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMClientTimeReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMClientTimeReq {

            /** Properties of a IMClientTimeReq. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMClientTimeReq. */
            type $Shape = IM.Message.IMClientTimeReq.$Properties;
        }

        /**
         * Properties of a IMClientTimeRsp.
         * @deprecated Use IM.Message.IMClientTimeRsp.$Properties instead.
         */
        interface IIMClientTimeRsp extends IM.Message.IMClientTimeRsp.$Properties {
        }

        /** Represents a IMClientTimeRsp. */
        class IMClientTimeRsp {

            /**
             * Constructs a new IMClientTimeRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMClientTimeRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMClientTimeRsp server_time. */
            server_time: number;

            /**
             * Creates a new IMClientTimeRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMClientTimeRsp instance
             */
            static create(properties: IM.Message.IMClientTimeRsp.$Shape): IM.Message.IMClientTimeRsp & IM.Message.IMClientTimeRsp.$Shape;
            static create(properties?: IM.Message.IMClientTimeRsp.$Properties): IM.Message.IMClientTimeRsp;

            /**
             * Encodes the specified IMClientTimeRsp message. Does not implicitly {@link IM.Message.IMClientTimeRsp.verify|verify} messages.
             * @param message IMClientTimeRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMClientTimeRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMClientTimeRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMClientTimeRsp & IM.Message.IMClientTimeRsp.$Shape} IMClientTimeRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMClientTimeRsp & IM.Message.IMClientTimeRsp.$Shape;

            /**
             * Verifies a IMClientTimeRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMClientTimeRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMClientTimeRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMClientTimeRsp;

            /**
             * Creates a plain object from a IMClientTimeRsp message. Also converts values to other types if specified.
             * @param message IMClientTimeRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMClientTimeRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMClientTimeRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMClientTimeRsp {

            /** Properties of a IMClientTimeRsp. */
            interface $Properties {

                /** IMClientTimeRsp server_time */
                server_time: number;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMClientTimeRsp. */
            type $Shape = IM.Message.IMClientTimeRsp.$Properties;
        }

        /**
         * Properties of a IMUnreadMsgCntReq.
         * @deprecated Use IM.Message.IMUnreadMsgCntReq.$Properties instead.
         */
        interface IIMUnreadMsgCntReq extends IM.Message.IMUnreadMsgCntReq.$Properties {
        }

        /** Represents a IMUnreadMsgCntReq. */
        class IMUnreadMsgCntReq {

            /**
             * Constructs a new IMUnreadMsgCntReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMUnreadMsgCntReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUnreadMsgCntReq user_id. */
            user_id: number;

            /** IMUnreadMsgCntReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUnreadMsgCntReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUnreadMsgCntReq instance
             */
            static create(properties: IM.Message.IMUnreadMsgCntReq.$Shape): IM.Message.IMUnreadMsgCntReq & IM.Message.IMUnreadMsgCntReq.$Shape;
            static create(properties?: IM.Message.IMUnreadMsgCntReq.$Properties): IM.Message.IMUnreadMsgCntReq;

            /**
             * Encodes the specified IMUnreadMsgCntReq message. Does not implicitly {@link IM.Message.IMUnreadMsgCntReq.verify|verify} messages.
             * @param message IMUnreadMsgCntReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMUnreadMsgCntReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUnreadMsgCntReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMUnreadMsgCntReq & IM.Message.IMUnreadMsgCntReq.$Shape} IMUnreadMsgCntReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMUnreadMsgCntReq & IM.Message.IMUnreadMsgCntReq.$Shape;

            /**
             * Verifies a IMUnreadMsgCntReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUnreadMsgCntReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUnreadMsgCntReq
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMUnreadMsgCntReq;

            /**
             * Creates a plain object from a IMUnreadMsgCntReq message. Also converts values to other types if specified.
             * @param message IMUnreadMsgCntReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMUnreadMsgCntReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUnreadMsgCntReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUnreadMsgCntReq {

            /** Properties of a IMUnreadMsgCntReq. */
            interface $Properties {

                /** IMUnreadMsgCntReq user_id */
                user_id: number;

                /** IMUnreadMsgCntReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUnreadMsgCntReq. */
            type $Shape = IM.Message.IMUnreadMsgCntReq.$Properties;
        }

        /**
         * Properties of a IMUnreadMsgCntRsp.
         * @deprecated Use IM.Message.IMUnreadMsgCntRsp.$Properties instead.
         */
        interface IIMUnreadMsgCntRsp extends IM.Message.IMUnreadMsgCntRsp.$Properties {
        }

        /** Represents a IMUnreadMsgCntRsp. */
        class IMUnreadMsgCntRsp {

            /**
             * Constructs a new IMUnreadMsgCntRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMUnreadMsgCntRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMUnreadMsgCntRsp user_id. */
            user_id: number;

            /** IMUnreadMsgCntRsp total_cnt. */
            total_cnt: number;

            /** IMUnreadMsgCntRsp unreadinfo_list. */
            unreadinfo_list: IM.BaseDefine.UnreadInfo.$Properties[];

            /** IMUnreadMsgCntRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMUnreadMsgCntRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMUnreadMsgCntRsp instance
             */
            static create(properties: IM.Message.IMUnreadMsgCntRsp.$Shape): IM.Message.IMUnreadMsgCntRsp & IM.Message.IMUnreadMsgCntRsp.$Shape;
            static create(properties?: IM.Message.IMUnreadMsgCntRsp.$Properties): IM.Message.IMUnreadMsgCntRsp;

            /**
             * Encodes the specified IMUnreadMsgCntRsp message. Does not implicitly {@link IM.Message.IMUnreadMsgCntRsp.verify|verify} messages.
             * @param message IMUnreadMsgCntRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMUnreadMsgCntRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMUnreadMsgCntRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMUnreadMsgCntRsp & IM.Message.IMUnreadMsgCntRsp.$Shape} IMUnreadMsgCntRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMUnreadMsgCntRsp & IM.Message.IMUnreadMsgCntRsp.$Shape;

            /**
             * Verifies a IMUnreadMsgCntRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMUnreadMsgCntRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMUnreadMsgCntRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMUnreadMsgCntRsp;

            /**
             * Creates a plain object from a IMUnreadMsgCntRsp message. Also converts values to other types if specified.
             * @param message IMUnreadMsgCntRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMUnreadMsgCntRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMUnreadMsgCntRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMUnreadMsgCntRsp {

            /** Properties of a IMUnreadMsgCntRsp. */
            interface $Properties {

                /** IMUnreadMsgCntRsp user_id */
                user_id: number;

                /** IMUnreadMsgCntRsp total_cnt */
                total_cnt: number;

                /** IMUnreadMsgCntRsp unreadinfo_list */
                unreadinfo_list?: (IM.BaseDefine.UnreadInfo.$Properties[]|null);

                /** IMUnreadMsgCntRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMUnreadMsgCntRsp. */
            type $Shape = IM.Message.IMUnreadMsgCntRsp.$Properties;
        }

        /**
         * Properties of a IMGetMsgListReq.
         * @deprecated Use IM.Message.IMGetMsgListReq.$Properties instead.
         */
        interface IIMGetMsgListReq extends IM.Message.IMGetMsgListReq.$Properties {
        }

        /** Represents a IMGetMsgListReq. */
        class IMGetMsgListReq {

            /**
             * Constructs a new IMGetMsgListReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetMsgListReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetMsgListReq user_id. */
            user_id: number;

            /** IMGetMsgListReq session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetMsgListReq session_id. */
            session_id: number;

            /** IMGetMsgListReq msg_id_begin. */
            msg_id_begin: number;

            /** IMGetMsgListReq msg_cnt. */
            msg_cnt: number;

            /** IMGetMsgListReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetMsgListReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetMsgListReq instance
             */
            static create(properties: IM.Message.IMGetMsgListReq.$Shape): IM.Message.IMGetMsgListReq & IM.Message.IMGetMsgListReq.$Shape;
            static create(properties?: IM.Message.IMGetMsgListReq.$Properties): IM.Message.IMGetMsgListReq;

            /**
             * Encodes the specified IMGetMsgListReq message. Does not implicitly {@link IM.Message.IMGetMsgListReq.verify|verify} messages.
             * @param message IMGetMsgListReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetMsgListReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetMsgListReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetMsgListReq & IM.Message.IMGetMsgListReq.$Shape} IMGetMsgListReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetMsgListReq & IM.Message.IMGetMsgListReq.$Shape;

            /**
             * Verifies a IMGetMsgListReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetMsgListReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetMsgListReq
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetMsgListReq;

            /**
             * Creates a plain object from a IMGetMsgListReq message. Also converts values to other types if specified.
             * @param message IMGetMsgListReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetMsgListReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetMsgListReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetMsgListReq {

            /** Properties of a IMGetMsgListReq. */
            interface $Properties {

                /** IMGetMsgListReq user_id */
                user_id: number;

                /** IMGetMsgListReq session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetMsgListReq session_id */
                session_id: number;

                /** IMGetMsgListReq msg_id_begin */
                msg_id_begin: number;

                /** IMGetMsgListReq msg_cnt */
                msg_cnt: number;

                /** IMGetMsgListReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetMsgListReq. */
            type $Shape = IM.Message.IMGetMsgListReq.$Properties;
        }

        /**
         * Properties of a IMGetMsgListRsp.
         * @deprecated Use IM.Message.IMGetMsgListRsp.$Properties instead.
         */
        interface IIMGetMsgListRsp extends IM.Message.IMGetMsgListRsp.$Properties {
        }

        /** Represents a IMGetMsgListRsp. */
        class IMGetMsgListRsp {

            /**
             * Constructs a new IMGetMsgListRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetMsgListRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetMsgListRsp user_id. */
            user_id: number;

            /** IMGetMsgListRsp session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetMsgListRsp session_id. */
            session_id: number;

            /** IMGetMsgListRsp msg_id_begin. */
            msg_id_begin: number;

            /** IMGetMsgListRsp msg_list. */
            msg_list: IM.BaseDefine.MsgInfo.$Properties[];

            /** IMGetMsgListRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetMsgListRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetMsgListRsp instance
             */
            static create(properties: IM.Message.IMGetMsgListRsp.$Shape): IM.Message.IMGetMsgListRsp & IM.Message.IMGetMsgListRsp.$Shape;
            static create(properties?: IM.Message.IMGetMsgListRsp.$Properties): IM.Message.IMGetMsgListRsp;

            /**
             * Encodes the specified IMGetMsgListRsp message. Does not implicitly {@link IM.Message.IMGetMsgListRsp.verify|verify} messages.
             * @param message IMGetMsgListRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetMsgListRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetMsgListRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetMsgListRsp & IM.Message.IMGetMsgListRsp.$Shape} IMGetMsgListRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetMsgListRsp & IM.Message.IMGetMsgListRsp.$Shape;

            /**
             * Verifies a IMGetMsgListRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetMsgListRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetMsgListRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetMsgListRsp;

            /**
             * Creates a plain object from a IMGetMsgListRsp message. Also converts values to other types if specified.
             * @param message IMGetMsgListRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetMsgListRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetMsgListRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetMsgListRsp {

            /** Properties of a IMGetMsgListRsp. */
            interface $Properties {

                /** IMGetMsgListRsp user_id */
                user_id: number;

                /** IMGetMsgListRsp session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetMsgListRsp session_id */
                session_id: number;

                /** IMGetMsgListRsp msg_id_begin */
                msg_id_begin: number;

                /** IMGetMsgListRsp msg_list */
                msg_list?: (IM.BaseDefine.MsgInfo.$Properties[]|null);

                /** IMGetMsgListRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetMsgListRsp. */
            type $Shape = IM.Message.IMGetMsgListRsp.$Properties;
        }

        /**
         * Properties of a IMGetLatestMsgIdReq.
         * @deprecated Use IM.Message.IMGetLatestMsgIdReq.$Properties instead.
         */
        interface IIMGetLatestMsgIdReq extends IM.Message.IMGetLatestMsgIdReq.$Properties {
        }

        /** Represents a IMGetLatestMsgIdReq. */
        class IMGetLatestMsgIdReq {

            /**
             * Constructs a new IMGetLatestMsgIdReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetLatestMsgIdReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetLatestMsgIdReq user_id. */
            user_id: number;

            /** IMGetLatestMsgIdReq session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetLatestMsgIdReq session_id. */
            session_id: number;

            /** IMGetLatestMsgIdReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetLatestMsgIdReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetLatestMsgIdReq instance
             */
            static create(properties: IM.Message.IMGetLatestMsgIdReq.$Shape): IM.Message.IMGetLatestMsgIdReq & IM.Message.IMGetLatestMsgIdReq.$Shape;
            static create(properties?: IM.Message.IMGetLatestMsgIdReq.$Properties): IM.Message.IMGetLatestMsgIdReq;

            /**
             * Encodes the specified IMGetLatestMsgIdReq message. Does not implicitly {@link IM.Message.IMGetLatestMsgIdReq.verify|verify} messages.
             * @param message IMGetLatestMsgIdReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetLatestMsgIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetLatestMsgIdReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetLatestMsgIdReq & IM.Message.IMGetLatestMsgIdReq.$Shape} IMGetLatestMsgIdReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetLatestMsgIdReq & IM.Message.IMGetLatestMsgIdReq.$Shape;

            /**
             * Verifies a IMGetLatestMsgIdReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetLatestMsgIdReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetLatestMsgIdReq
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetLatestMsgIdReq;

            /**
             * Creates a plain object from a IMGetLatestMsgIdReq message. Also converts values to other types if specified.
             * @param message IMGetLatestMsgIdReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetLatestMsgIdReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetLatestMsgIdReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetLatestMsgIdReq {

            /** Properties of a IMGetLatestMsgIdReq. */
            interface $Properties {

                /** IMGetLatestMsgIdReq user_id */
                user_id: number;

                /** IMGetLatestMsgIdReq session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetLatestMsgIdReq session_id */
                session_id: number;

                /** IMGetLatestMsgIdReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetLatestMsgIdReq. */
            type $Shape = IM.Message.IMGetLatestMsgIdReq.$Properties;
        }

        /**
         * Properties of a IMGetLatestMsgIdRsp.
         * @deprecated Use IM.Message.IMGetLatestMsgIdRsp.$Properties instead.
         */
        interface IIMGetLatestMsgIdRsp extends IM.Message.IMGetLatestMsgIdRsp.$Properties {
        }

        /** Represents a IMGetLatestMsgIdRsp. */
        class IMGetLatestMsgIdRsp {

            /**
             * Constructs a new IMGetLatestMsgIdRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetLatestMsgIdRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetLatestMsgIdRsp user_id. */
            user_id: number;

            /** IMGetLatestMsgIdRsp session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetLatestMsgIdRsp session_id. */
            session_id: number;

            /** IMGetLatestMsgIdRsp latest_msg_id. */
            latest_msg_id: number;

            /** IMGetLatestMsgIdRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetLatestMsgIdRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetLatestMsgIdRsp instance
             */
            static create(properties: IM.Message.IMGetLatestMsgIdRsp.$Shape): IM.Message.IMGetLatestMsgIdRsp & IM.Message.IMGetLatestMsgIdRsp.$Shape;
            static create(properties?: IM.Message.IMGetLatestMsgIdRsp.$Properties): IM.Message.IMGetLatestMsgIdRsp;

            /**
             * Encodes the specified IMGetLatestMsgIdRsp message. Does not implicitly {@link IM.Message.IMGetLatestMsgIdRsp.verify|verify} messages.
             * @param message IMGetLatestMsgIdRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetLatestMsgIdRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetLatestMsgIdRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetLatestMsgIdRsp & IM.Message.IMGetLatestMsgIdRsp.$Shape} IMGetLatestMsgIdRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetLatestMsgIdRsp & IM.Message.IMGetLatestMsgIdRsp.$Shape;

            /**
             * Verifies a IMGetLatestMsgIdRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetLatestMsgIdRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetLatestMsgIdRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetLatestMsgIdRsp;

            /**
             * Creates a plain object from a IMGetLatestMsgIdRsp message. Also converts values to other types if specified.
             * @param message IMGetLatestMsgIdRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetLatestMsgIdRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetLatestMsgIdRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetLatestMsgIdRsp {

            /** Properties of a IMGetLatestMsgIdRsp. */
            interface $Properties {

                /** IMGetLatestMsgIdRsp user_id */
                user_id: number;

                /** IMGetLatestMsgIdRsp session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetLatestMsgIdRsp session_id */
                session_id: number;

                /** IMGetLatestMsgIdRsp latest_msg_id */
                latest_msg_id: number;

                /** IMGetLatestMsgIdRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetLatestMsgIdRsp. */
            type $Shape = IM.Message.IMGetLatestMsgIdRsp.$Properties;
        }

        /**
         * Properties of a IMGetMsgByIdReq.
         * @deprecated Use IM.Message.IMGetMsgByIdReq.$Properties instead.
         */
        interface IIMGetMsgByIdReq extends IM.Message.IMGetMsgByIdReq.$Properties {
        }

        /** Represents a IMGetMsgByIdReq. */
        class IMGetMsgByIdReq {

            /**
             * Constructs a new IMGetMsgByIdReq.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetMsgByIdReq.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetMsgByIdReq user_id. */
            user_id: number;

            /** IMGetMsgByIdReq session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetMsgByIdReq session_id. */
            session_id: number;

            /** IMGetMsgByIdReq msg_id_list. */
            msg_id_list: number[];

            /** IMGetMsgByIdReq attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetMsgByIdReq instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetMsgByIdReq instance
             */
            static create(properties: IM.Message.IMGetMsgByIdReq.$Shape): IM.Message.IMGetMsgByIdReq & IM.Message.IMGetMsgByIdReq.$Shape;
            static create(properties?: IM.Message.IMGetMsgByIdReq.$Properties): IM.Message.IMGetMsgByIdReq;

            /**
             * Encodes the specified IMGetMsgByIdReq message. Does not implicitly {@link IM.Message.IMGetMsgByIdReq.verify|verify} messages.
             * @param message IMGetMsgByIdReq message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetMsgByIdReq.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetMsgByIdReq message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetMsgByIdReq & IM.Message.IMGetMsgByIdReq.$Shape} IMGetMsgByIdReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetMsgByIdReq & IM.Message.IMGetMsgByIdReq.$Shape;

            /**
             * Verifies a IMGetMsgByIdReq message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetMsgByIdReq message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetMsgByIdReq
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetMsgByIdReq;

            /**
             * Creates a plain object from a IMGetMsgByIdReq message. Also converts values to other types if specified.
             * @param message IMGetMsgByIdReq
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetMsgByIdReq, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetMsgByIdReq to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetMsgByIdReq {

            /** Properties of a IMGetMsgByIdReq. */
            interface $Properties {

                /** IMGetMsgByIdReq user_id */
                user_id: number;

                /** IMGetMsgByIdReq session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetMsgByIdReq session_id */
                session_id: number;

                /** IMGetMsgByIdReq msg_id_list */
                msg_id_list?: (number[]|null);

                /** IMGetMsgByIdReq attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetMsgByIdReq. */
            type $Shape = IM.Message.IMGetMsgByIdReq.$Properties;
        }

        /**
         * Properties of a IMGetMsgByIdRsp.
         * @deprecated Use IM.Message.IMGetMsgByIdRsp.$Properties instead.
         */
        interface IIMGetMsgByIdRsp extends IM.Message.IMGetMsgByIdRsp.$Properties {
        }

        /** Represents a IMGetMsgByIdRsp. */
        class IMGetMsgByIdRsp {

            /**
             * Constructs a new IMGetMsgByIdRsp.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Message.IMGetMsgByIdRsp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMGetMsgByIdRsp user_id. */
            user_id: number;

            /** IMGetMsgByIdRsp session_type. */
            session_type: IM.BaseDefine.SessionType;

            /** IMGetMsgByIdRsp session_id. */
            session_id: number;

            /** IMGetMsgByIdRsp msg_list. */
            msg_list: IM.BaseDefine.MsgInfo.$Properties[];

            /** IMGetMsgByIdRsp attach_data. */
            attach_data: Uint8Array;

            /**
             * Creates a new IMGetMsgByIdRsp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMGetMsgByIdRsp instance
             */
            static create(properties: IM.Message.IMGetMsgByIdRsp.$Shape): IM.Message.IMGetMsgByIdRsp & IM.Message.IMGetMsgByIdRsp.$Shape;
            static create(properties?: IM.Message.IMGetMsgByIdRsp.$Properties): IM.Message.IMGetMsgByIdRsp;

            /**
             * Encodes the specified IMGetMsgByIdRsp message. Does not implicitly {@link IM.Message.IMGetMsgByIdRsp.verify|verify} messages.
             * @param message IMGetMsgByIdRsp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Message.IMGetMsgByIdRsp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMGetMsgByIdRsp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Message.IMGetMsgByIdRsp & IM.Message.IMGetMsgByIdRsp.$Shape} IMGetMsgByIdRsp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Message.IMGetMsgByIdRsp & IM.Message.IMGetMsgByIdRsp.$Shape;

            /**
             * Verifies a IMGetMsgByIdRsp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMGetMsgByIdRsp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMGetMsgByIdRsp
             */
            static fromObject(object: { [k: string]: any }): IM.Message.IMGetMsgByIdRsp;

            /**
             * Creates a plain object from a IMGetMsgByIdRsp message. Also converts values to other types if specified.
             * @param message IMGetMsgByIdRsp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Message.IMGetMsgByIdRsp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMGetMsgByIdRsp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMGetMsgByIdRsp {

            /** Properties of a IMGetMsgByIdRsp. */
            interface $Properties {

                /** IMGetMsgByIdRsp user_id */
                user_id: number;

                /** IMGetMsgByIdRsp session_type */
                session_type: IM.BaseDefine.SessionType;

                /** IMGetMsgByIdRsp session_id */
                session_id: number;

                /** IMGetMsgByIdRsp msg_list */
                msg_list?: (IM.BaseDefine.MsgInfo.$Properties[]|null);

                /** IMGetMsgByIdRsp attach_data */
                attach_data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMGetMsgByIdRsp. */
            type $Shape = IM.Message.IMGetMsgByIdRsp.$Properties;
        }
    }

    /** Namespace Other. */
    namespace Other {

        /**
         * Properties of a IMHeartBeat.
         * @deprecated Use IM.Other.IMHeartBeat.$Properties instead.
         */
        interface IIMHeartBeat extends IM.Other.IMHeartBeat.$Properties {
        }

        /** Represents a IMHeartBeat. */
        class IMHeartBeat {

            /**
             * Constructs a new IMHeartBeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.Other.IMHeartBeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new IMHeartBeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMHeartBeat instance
             */
            static create(properties: IM.Other.IMHeartBeat.$Shape): IM.Other.IMHeartBeat & IM.Other.IMHeartBeat.$Shape;
            static create(properties?: IM.Other.IMHeartBeat.$Properties): IM.Other.IMHeartBeat;

            /**
             * Encodes the specified IMHeartBeat message. Does not implicitly {@link IM.Other.IMHeartBeat.verify|verify} messages.
             * @param message IMHeartBeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.Other.IMHeartBeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMHeartBeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.Other.IMHeartBeat & IM.Other.IMHeartBeat.$Shape} IMHeartBeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.Other.IMHeartBeat & IM.Other.IMHeartBeat.$Shape;

            /**
             * Verifies a IMHeartBeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMHeartBeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMHeartBeat
             */
            static fromObject(object: { [k: string]: any }): IM.Other.IMHeartBeat;

            /**
             * Creates a plain object from a IMHeartBeat message. Also converts values to other types if specified.
             * @param message IMHeartBeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.Other.IMHeartBeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMHeartBeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMHeartBeat {

            /** Properties of a IMHeartBeat. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMHeartBeat. */
            type $Shape = IM.Other.IMHeartBeat.$Properties;
        }
    }

    /** Namespace SwitchService. */
    namespace SwitchService {

        /**
         * Properties of a IMP2PCmdMsg.
         * @deprecated Use IM.SwitchService.IMP2PCmdMsg.$Properties instead.
         */
        interface IIMP2PCmdMsg extends IM.SwitchService.IMP2PCmdMsg.$Properties {
        }

        /** Represents a IMP2PCmdMsg. */
        class IMP2PCmdMsg {

            /**
             * Constructs a new IMP2PCmdMsg.
             * @param [properties] Properties to set
             */
            constructor(properties?: IM.SwitchService.IMP2PCmdMsg.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IMP2PCmdMsg from_user_id. */
            from_user_id: number;

            /** IMP2PCmdMsg to_user_id. */
            to_user_id: number;

            /** IMP2PCmdMsg cmd_msg_data. */
            cmd_msg_data: string;

            /**
             * Creates a new IMP2PCmdMsg instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IMP2PCmdMsg instance
             */
            static create(properties: IM.SwitchService.IMP2PCmdMsg.$Shape): IM.SwitchService.IMP2PCmdMsg & IM.SwitchService.IMP2PCmdMsg.$Shape;
            static create(properties?: IM.SwitchService.IMP2PCmdMsg.$Properties): IM.SwitchService.IMP2PCmdMsg;

            /**
             * Encodes the specified IMP2PCmdMsg message. Does not implicitly {@link IM.SwitchService.IMP2PCmdMsg.verify|verify} messages.
             * @param message IMP2PCmdMsg message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: IM.SwitchService.IMP2PCmdMsg.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a IMP2PCmdMsg message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {IM.SwitchService.IMP2PCmdMsg & IM.SwitchService.IMP2PCmdMsg.$Shape} IMP2PCmdMsg
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): IM.SwitchService.IMP2PCmdMsg & IM.SwitchService.IMP2PCmdMsg.$Shape;

            /**
             * Verifies a IMP2PCmdMsg message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a IMP2PCmdMsg message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IMP2PCmdMsg
             */
            static fromObject(object: { [k: string]: any }): IM.SwitchService.IMP2PCmdMsg;

            /**
             * Creates a plain object from a IMP2PCmdMsg message. Also converts values to other types if specified.
             * @param message IMP2PCmdMsg
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: IM.SwitchService.IMP2PCmdMsg, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IMP2PCmdMsg to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace IMP2PCmdMsg {

            /** Properties of a IMP2PCmdMsg. */
            interface $Properties {

                /** IMP2PCmdMsg from_user_id */
                from_user_id: number;

                /** IMP2PCmdMsg to_user_id */
                to_user_id: number;

                /** IMP2PCmdMsg cmd_msg_data */
                cmd_msg_data: string;

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a IMP2PCmdMsg. */
            type $Shape = IM.SwitchService.IMP2PCmdMsg.$Properties;
        }
    }
}
