// Pact's mock server answers before it records the match (pact-foundation/pact-core-mock-server#13,
// pact-js#1835): on a busy machine, executeTest can check right after the answer and report "expected but not
// received" for a request that was answered. Consumer tests fetch through this, which gives it time to record.
const MATCH_RECORDED_MS = 25;

/** fetch that hands over each answer only once the Pact mock server has had time to record the match. */
export const patientFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  await new Promise((resolve) => setTimeout(resolve, MATCH_RECORDED_MS));
  return response;
};
