/** The enumerations the toolbelt modules export, with the platform's values. */

/** `LpServices`: the LivePerson services an LpClient can call. */
export const LP_SERVICES = {
  MSG_HIST: 'msgHist',
  AGENT_VEP: 'agentVep',
  ACCOUNT_CONFIG_READ_ONLY: 'accountConfigReadOnly',
  ACCOUNT_CONFIG_READ_WRITE: 'accountConfigReadWrite',
  ASYNC_MESSAGING: 'asyncMessaging',
  ASYNC_MESSAGING_EN: 'asyncMessagingEnt',
  ENG_HIST_DOMAIN: 'engHistDomain',
  RTBF: 'rtbf',
  AUDITLOG: 'auditLog',
  SMT: 'smt',
  PUSHER: 'pusher',
  LE_DATA_REPORTING: 'leDataReporting',
  MSG_EWT_API: 'msgEwtAPI',
  MSDKGW: 'msdkgw',
} as const;

/** `ErrorCodes`: the codes toolbelt errors carry. */
export const ERROR_CODES = {
  Platform: { Secret: { NoToken: 'com.liveperson.faas.handler.no-sa-token' } },
  Secret: {
    Invalid: 'com.liveperson.faas.secret.invalid-format',
    Failure: 'com.liveperson.faas.secret.op-failed',
    Timeout: 'com.liveperson.faas.secret.op-timed-out',
    NotFound: 'com.liveperson.faas.secret.not-found',
    AuthFailure: 'com.liveperson.faas.secret.auth-failed',
    SystemSecret: 'com.liveperson.faas.secret.forbidden',
  },
  Csds: {
    NotFound: 'com.liveperson.faas.csds.domain.not-found',
    Failure: 'com.liveperson.faas.csds.op-failed',
  },
  Mtls: {
    General: 'com.liveperson.faas.mtls.general-issue',
    Remote: 'com.liveperson.faas.mtls.remote-threw',
    Missing: 'com.liveperson.faas.mtls.missing-conf',
    Invalid: {
      Key: 'com.liveperson.faas.mtls.invalid-key',
      Cert: 'com.liveperson.faas.mtls.invalid-cert',
    },
    BadRequest: 'com.liveperson.faas.mtls.invalid-request',
    Creds: {
      Format: 'com.liveperson.faas.lp-mtls.credentials-wrong-format',
      Failure: 'com.liveperson.faas.lp-mtls.get-credentials-failure',
    },
    Timeout: 'com.liveperson.faas.mtls.request-timeout',
  },
  OAuth2: {
    General: 'com.liveperson.faas.oauth2.general-issue',
    UnexpectedResponse: 'com.liveperson.faas.oauth2.unexpected-response',
  },
  LpClient: {
    Creds: {
      Format: 'com.liveperson.faas.lp-client.credentials-wrong-format',
      Failure: 'com.liveperson.faas.lp-client.get-credentials-failure',
    },
  },
  ConversationUtil: {
    General: 'com.liveperson.faas.conversation-util-general',
    NotFound: 'com.liveperson.faas.conversation-util.conversation.not-found',
    UnexpectedResponse: 'com.liveperson.faas.conversation-util.unexpected-response',
    Timeout: 'com.liveperson.faas.conversation-util.timeout',
  },
  GDPRUtil: {
    General: 'com.liveperson.faas.gdpr-util-general',
    AuthFailure: 'com.liveperson.faas.gdpr-util.auth-failed',
    ReplaceFileFailed: 'com.liveperson.faas.gdpr-util.replace-file-failed',
  },
  SDEsUtil: {
    General: 'com.liveperson.faas.sdes-util-general',
    UnexpectedResponse: 'com.liveperson.faas.sdes-util.unexpected-response',
  },
  OrchestratorFN: {
    General: 'com.liveperson.faas.orchestrator-fn-general',
    Timeout: 'com.liveperson.faas.orchestrator-fn.invoke.timeout',
    Invocation: { StatusError: 'com.liveperson.faas.orchestrator-fn.invoke.status-code-error' },
    Creds: {
      Format: 'com.liveperson.faas.orchestrator-fn.credentials-wrong-format',
      Failure: 'com.liveperson.faas.orchestrator-fn.get-credentials-failure',
    },
  },
} as const;

/** `ConversationContentTypes`: parts of a conversation getConversationById can retrieve. */
export const CONVERSATION_CONTENT_TYPES = {
  INFO: 'info',
  SDES: 'sdes',
  UNAUTH_SDES: 'unAuthSdes',
  CAMPAIGN: 'campaign',
  MESSAGE_RECORDS: 'messageRecords',
  AGENT_PARTICIPANTS: 'agentParticipants',
  AGENT_PARTICIPANTS_ACTIVE: 'agentParticipantsActive',
  CONSUMER_PARTICIPANTS: 'consumerParticipants',
  TRANSFERS: 'transfers',
  INTERACTIONS: 'interactions',
  MESSAGE_SCORES: 'messageScores',
  MESSAGE_STATUSES: 'messageStatuses',
  SKILL_CHANGES: 'skillChanges',
  CONVERSATION_SURVEYS: 'conversationSurveys',
  AGENT_PARTICIPANTS_LEAVE: 'agentParticipantsLeave',
  COBROWSE_SESSIONS: 'coBrowseSessions',
  SUMMARY: 'summary',
  MONITORING: 'monitoring',
  DIALOGS: 'dialogs',
  RESPONSE_TIME: 'responseTime',
  INTENTS: 'intents',
  UNIQUE_INTENTS: 'uniqueIntents',
  LATEST_AGENT_SURVEY: 'latestAgentSurvey',
  PREVIOUSLY_SUBMITTED_AGENT_SURVEYS: 'previouslySubmittedAgentSurveys',
} as const;

/** `SDETypes`: engagement attribute types. */
export const SDE_TYPES = {
  CART: 'cart',
  TRANSACTION: 'purchase',
  VIEWED_PRODUCT: 'prodView',
  CUSTOMER_INFO: 'ctmrinfo',
  MARKETING_SOURCE: 'mrktInfo',
  PERSONAL_INFO: 'personal',
  LEAD: 'lead',
  SERVICE_ACTIVITY: 'service',
  VISITOR_ERROR: 'error',
  SEARCHED_CONTENT: 'searchInfo',
  ORDER_ID: 'orderId',
} as const;
