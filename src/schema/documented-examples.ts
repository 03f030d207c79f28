// The documentation's examples for fields it types only as OBJECT or OBJECT-ARRAY, as valid JSON
// (the stray trailing commas of the printed table removed). Inner fields are described from these.

/** Example of `originatorClientProperties` and `context.clientProperties`. */
export const CLIENT_PROPERTIES_EXAMPLE = {
  type: '.ClientProperties',
  appId: 'webAsync',
  ipAddress: '127.0.0.1',
  deviceFamily: 'DESKTOP',
  os: 'OSX',
  osVersion: '10.14.3',
  integration: 'WEB_SDK',
  integrationVersion: '3.0.25',
  browser: 'CHROME',
  browserVersion: '72.0.3626.119',
  features: [
    'PHOTO_SHARING',
    'CO_BROWSE',
    'QUICK_REPLIES',
    'AUTO_MESSAGES',
    'MULTI_DIALOG',
    'RICH_CONTENT',
  ],
};

/** The documented post-survey dialog, open. */
export const POST_SURVEY_DIALOG_EXAMPLE = {
  dialogId: 'efSg0XbnTkmg8OXaSyaz81',
  participantsDetails: [
    {
      id: '49b673cb7d08168a9f14640346340237054482174d65ff8c70e0f4d0d9bfa911',
      role: 'CONSUMER',
      state: 'ACTIVE',
    },
  ],
  dialogType: 'POST_SURVEY',
  channelType: 'MESSAGING',
  metaData: { appInstallId: '829d951a-777e-46a3-98db-c06214e3f401' },
  state: 'OPEN',
  creationTs: 1551702854131,
  metaDataLastUpdateTs: 1551702854131,
};

/** The documented main dialog, closed by the consumer. */
export const MAIN_DIALOG_EXAMPLE = {
  dialogId: 'fb84c76d-0daa-46c7-b02d-eb6130c022c1',
  participantsDetails: [
    {
      id: '49b673cb7d08168a9f14640346340237054482174d65ff8c70e0f4d0d9bfa911',
      role: 'CONSUMER',
      state: 'ACTIVE',
    },
  ],
  dialogType: 'MAIN',
  channelType: 'MESSAGING',
  state: 'CLOSE',
  creationTs: 1551702813391,
  endTs: 1551702854131,
  metaDataLastUpdateTs: 1551702854131,
  closedBy: 'CONSUMER',
  closedCause: 'Closed by consumer',
};

/** Example of `dialogs`: the post-survey dialog and the closed main dialog. */
export const DIALOGS_EXAMPLE = [POST_SURVEY_DIALOG_EXAMPLE, MAIN_DIALOG_EXAMPLE];

/** Example of `participants`. */
export const PARTICIPANTS_EXAMPLE = [
  { id: 'f9d58c57-c489-45f5-bae4-c5ebd52b3972', role: 'ASSIGNED_AGENT' },
  { id: 'f9d58c57-c489-45f5-bae4-c5ebd52b3972', role: 'AGENT' },
];
