// Values real traffic sends for enum-like fields (platform.md section 8): suggestions, not limits.

/** Who closed the conversation. */
export const CLOSE_REASONS = ['AGENT', 'CONSUMER', 'SYSTEM'] as const;
/** Conversation and dialog states. */
export const STATES = ['OPEN', 'CLOSE'] as const;
/** Dialog types. */
export const DIALOG_TYPES = ['MAIN', 'POST_SURVEY'] as const;
/** Channel types. */
export const CHANNEL_TYPES = ['MESSAGING'] as const;
/** Participant roles. */
export const ROLES = [
  'CONSUMER',
  'ASSIGNED_AGENT',
  'AGENT',
  'READER',
  'CONTROLLER',
  'MANAGER',
] as const;
/** Participant states within a dialog. */
export const PARTICIPANT_STATES = ['ACTIVE', 'SUSPENDED'] as const;
/** Time-to-response types. */
export const TTR_TYPES = ['CUSTOM', 'NORMAL', 'PRIORITIZED', 'URGENT'] as const;
/** Content types of a content event. */
export const CONTENT_TYPES = ['text/plain'] as const;
/** Event types of the last content event. */
export const EVENT_TYPES = ['ContentEvent'] as const;
/** Device families. */
export const DEVICE_FAMILIES = ['DESKTOP', 'TABLET', 'MOBILE', 'OTHER'] as const;
/** Operating systems. */
export const OPERATING_SYSTEMS = ['WINDOWS', 'LINUX', 'OSX', 'ANDROID', 'IOS', 'OTHER'] as const;
/** Client integrations. */
export const INTEGRATIONS = ['WEB_SDK', 'MOBILE_SDK', 'BRAND_SDK'] as const;
/** Client features. */
export const FEATURES = [
  'CO_BROWSE',
  'CO_APP',
  'PHOTO_SHARING',
  'SECURE_FORMS',
  'AUTO_MESSAGES',
  'RICH_CONTENT',
  'QUICK_REPLIES',
  'MULTI_DIALOG',
] as const;
