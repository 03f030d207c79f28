/** Toolbelt clients both runtimes' toolbelts have, with the same methods (V1 and V2 toolbelt docs). */
export const SHARED_CLIENTS = {
  ConversationUtil: ['getConversationById', 'scanConversationForKeywords'],
  ContextServiceClient: [
    'createNamespace',
    'deleteNamespace',
    'getListOfNamespaces',
    'setPropertiesInNamespace',
    'updatePropertiesInNamespace',
    'getAllPropertiesInSession',
    'getSelectedPropertiesInSession',
    'getPropertyInSession',
    'deletePropertyInSession',
    'getListOfSessions',
    'deleteSession',
  ],
  SDEUtil: ['addSDEs', 'getSDEsFromConv'],
  GDPRUtil: ['replaceConversationFiles'],
  SFClient: ['connectToSalesforce'],
} as const;
