// The access-control matrix's expected answers, written once: for every operation of openapi/gateway.yaml (by
// operationId), what each kind of caller gets when it sends the other customer's ids — 'ok' for any 2xx, else
// the status. access-matrix.api.test.ts fails on an operation missing here, so a new endpoint must state its scope.
//
// Who calls, and with which ids (built in access-world.ts):
//   admin            the account's admin; on /admin/stores/{storeId}/… the path names store S2 and every other id
//                    (order, catalogue, run, message, customer, contact, product…) is one of store S1
//   buyerA, buyerB   the signed-up buyers of customers A and B; each sends the other customer's order, standing
//                    order, contact and the product only the other may see
//   actingA          the admin acting as A (R22) with its acting-session token, sending B's ids
//   actingCookiesA   a second admin acting as A as the storefront signs it: the cookie pair (portal_session is the
//                    acting session, portal_admin_session the admin's own) and X-Requested-With on every request.
//                    On /store and public operations it gets actingA's answers, with B's ids. On admin operations
//                    the admin cookie is read first (the spec's startActing: "admin pages keep working"), so it is
//                    that admin there, with the admin's ids (S2's path, S1's records): the admin's answers, except
//                    where a row says why not. Its acting session is its own (see access-world.ts).
//   deactivated      A's contact's session from before the admin deactivated her (and, at sign-in, her password)
//   expired          A's contact's session, 13 hours old (sessions last 12)
//   usedInvitation, cancelledInvitation   an accepted and a cancelled invitation token, as a Bearer token and
//                    as the token of the invitation endpoints
//   signedOut        no credentials at all
// Another customer's record answers 404, never 403, so that its existence does not leak.
// A new operation: decide its row from the rules; ACCESS_MATRIX_PRINT=1 prints what every caller got, as rows.

export const CALLERS = [
  'admin',
  'buyerA',
  'buyerB',
  'actingA',
  'actingCookiesA',
  'deactivated',
  'expired',
  'usedInvitation',
  'cancelledInvitation',
  'signedOut',
] as const;
export type Caller = (typeof CALLERS)[number];
export type Expected = 'ok' | 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429;

// biome-ignore format: one row per operation, one column per caller in the order of CALLERS (abbreviated above the columns)
export const MATRIX: Record<string, readonly Expected[]> = {
  //                           admin buyA  buyB  actA  actC  deact exp   used  canc  out
  getHealth:                  ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  getReadiness:               ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  adminLogin:                 [ 401,  401,  401,  401,  401,  401,  401,  401,  401,  401], // a wrong password for everyone (sign-ins take no session)
  requestAdminPasswordReset:  ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'], // open to anyone: the same answer whether or not the email is an admin's
  completeAdminPasswordReset: [ 410,  410,  410,  410,  410,  410,  410,  410,  410,  410], // an invitation token is no reset link, whoever sends it
  adminLogout:                ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getCurrentAdmin:            ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listAdminSessions:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  revokeAdminSession:         [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401], // an acting session's id is no admin session
  getAccount:                 ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  changePlan:                 ['ok',  403,  403,  403,  403,  401,  401,  401,  401,  401], // actC: the plan is the account owner's alone (R7), and the colleague is not the owner
  listStores:                 ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  createStore:                [ 422,  403,  403,  403,  422,  401,  401,  401,  401,  401], // the sample credentials fail the connection check
  getStore:                   ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  updateStore:                [ 422,  403,  403,  403,  422,  401,  401,  401,  401,  401], // the sample's warehouse is not in Unleashed
  reconnectStore:             [ 422,  403,  403,  403,  422,  401,  401,  401,  401,  401], // the sample credentials fail the connection check
  uploadStoreLogo:            [ 400,  403,  403,  403,  400,  401,  401,  401,  401,  401], // the sample bytes are no PNG
  removeStoreLogo:            ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getStoreLogo:               [ 404,  404,  404,  404,  404,  404,  404,  404,  404,  404], // public (emails show it); the store has no logo
  getSignInPage:              ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'], // public: S1's name and branding at its address, the same for everyone
  getSyncStatus:              ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  startSync:                  ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listSyncRuns:               ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getSyncRun:                 [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  getWebhookStatus:           ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  receiveUnleashedWebhook:    [ 401,  401,  401,  401,  401,  401,  401,  401,  401,  401], // no signature
  listBuyerProducts:          [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  getBuyerProduct:            [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  getCart:                    [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  getCheckoutSettings:        [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  emptyCart:                  [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  setCartLine:                [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  removeCartLine:             [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401], // the caller's own cart; a line may go whatever the product
  listBuyerAddresses:         [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  listBuyerOrders:            [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  placeOrder:                 [ 403,  403,  403,  400,  400,  401,  401,  401,  401,  401], // buyers never name a contact; acting: B's contact is not one of A's
  listBuyerOrderStatuses:     [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  getBuyerOrder:              [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  getBuyerApprovalSettings:   [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401], // the own customer's rule; contacts only for approvers
  setBuyerApprovalSettings:   [ 403,  403,  403,  400,  400,  401,  401,  401,  401,  401], // buyers are no approvers; acting: B's contact is not one of A's
  listOrdersAwaitingApproval: [ 403,  403,  403, 'ok', 'ok',  401,  401,  401,  401,  401], // approvers and the acting admin only
  approveOrder:               [ 403,  403,  403,  404,  404,  401,  401,  401,  401,  401], // a non-approver buyer: 403; acting: B's order is not A's
  rejectOrder:                [ 403,  403,  403,  404,  404,  401,  401,  401,  401,  401],
  listBuyerCategories:        [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  startActing:                [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401], // customer A is not in S2
  stopActing:                 ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listActingLog:              ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listActingContacts:         [ 403,  403,  403, 'ok', 'ok',  401,  401,  401,  401,  401], // only while acting
  explainPrice:               [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  checkCustomerPrices:        [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401], // customer A is not in S2
  reorder:                    [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  quickAdd:                   [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  importCart:                 [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401], // the other's product is reported, not added (checked after)
  listStoreProducts:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  setProductStatuses:         [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401], // S1's product is not in S2
  setProductStatus:           [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setProductOverride:         [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  getStoreOrderRules:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  setStoreOrderRules:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getCustomerOrderRules:      [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCustomerOrderRules:      [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  getProductQuantityRule:     [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setProductQuantityRule:     [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  listCatalogues:             ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  createCatalogue:            ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getCatalogue:               [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  renameCatalogue:            [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  deleteCatalogue:            [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCatalogueProductStatuses:[ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCatalogueProductStatus:  [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  assignCatalogueCustomer:    [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  unassignCatalogueCustomer:  [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  listStoreCategories:        ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  createStoreCategory:        ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  renameStoreCategory:        [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  deleteStoreCategory:        [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setStoreCategoryProducts:   [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  listStoreCustomers:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listCustomerContacts:       [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  getCustomerOrderSettings:   [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCustomerOrderSettings:   [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  getCustomerApprovalSettings:[ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCustomerApprovalSettings:[ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  setCustomerMembership:      [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  inviteContact:              [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  cancelInvitation:           [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  resendInvitation:           [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  deactivateContact:          [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  reactivateContact:          [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  inviteContacts:             ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401], // answers per contact (S1's contact: not found in S2)
  invitePrimaryContacts:      ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401], // answers per customer
  listNotifications:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listEmailTemplates:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getEmailTemplate:           ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  saveEmailTemplate:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  resetEmailTemplate:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  previewEmailTemplate:       ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listOutbox:                 ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getOutboxMessage:           [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  listStoreOrders:            ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  exportStoreOrders:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getStoreDashboard:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listAuditEntries:           ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  exportAuditEntries:         ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getStoreOrder:              [ 404,  403,  403,  403,  404,  401,  401,  401,  401,  401],
  listCustomerTypes:          ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  listStandingOrders:         [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  createStandingOrder:        [ 403, 'ok', 'ok',  403,  403,  401,  401,  401,  401,  401], // not while acting
  getStandingOrder:           [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  updateStandingOrder:        [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  pauseStandingOrder:         [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  resumeStandingOrder:        [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  cancelStandingOrder:        [ 403,  404,  404,  404,  404,  401,  401,  401,  401,  401],
  listStoreStandingOrders:    ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  getStandingOrderReport:     ['ok',  403,  403,  403, 'ok',  401,  401,  401,  401,  401],
  openInvitation:             [ 404,  404,  404,  404,  404,  404,  404,  404,  404,  404], // a used or cancelled token is no link at all
  acceptInvitation:           [ 404,  404,  404,  404,  404,  404,  404,  404,  404,  404],
  declineInvitation:          [ 404,  404,  404,  404,  404,  404,  404,  404,  404,  404],
  buyerLogin:                 [ 401,  401,  401,  401,  401,  401,  401,  401,  401,  401], // the deactivated contact with her own password too
  chooseBuyerStore:           [ 401,  401,  401,  401,  401,  401,  401,  401,  401,  401], // a sample choice token is no sealed choice
  requestBuyerPasswordReset:  ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'], // open to anyone: the same answer for every email
  completeBuyerPasswordReset: [ 410,  410,  410,  410,  410,  410,  410,  410,  410,  410],
  buyerLogout:                [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
  getCurrentBuyer:            [ 403, 'ok', 'ok', 'ok', 'ok',  401,  401,  401,  401,  401],
};
