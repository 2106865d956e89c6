// A signed-in resident opening the app lands on "my score". On a phone's slow network the app's module
// scripts take seconds to arrive and run; this small classic script (not bundled: a module entry would
// wait for the app's chunks) sends the home screen's query at once, so its answer travels while the
// scripts do. The page takes it from the window (src/early/use-early-my-score.ts) and asks again as
// usual. Nothing is sent without a session or on another page. src/early/early-my-score.test.ts checks
// that the query is exactly the home screen's (src/pages/my-score-documents.ts).
(function () {
  'use strict';
  if (!/^\/m\/?$/.test(window.location.pathname)) return;
  var session;
  try {
    session = JSON.parse(window.localStorage.getItem('village-resident-session') || 'null');
  } catch (e) {
    return;
  }
  if (!session || !session.accessToken || session.mustChangePassword) return;
  // This year in China: UTC+8 all year.
  var year = Number(new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 4));
  // The page's document as codegen prints it: the operation and the fragments it spreads
  // (libs/web/src/graphql/fragments.ts).
  var query =
    'query VillagerMyScore($year: Int, $quarter: Int) { myScore(year: $year, quarter: $quarter) {' +
    ' ...ResidentScoreFields quarter } }' +
    ' fragment ScoreEntryFields on ScoreEntry { id seq kind track itemCode itemName points quantity' +
    ' actedOn expiresOn inQuarter reviewerName declarantName reason ruleNote reversed reversesEntryId repeatMultiplier' +
    ' evidence { fileName contentType sizeBytes } }' +
    ' fragment ResidentScoreFields on ResidentScore { residentName periodLabel from to postedVersion' +
    ' laterEntries tracks { track baseScore points quarterPoints score entryCount }' +
    ' entries { ...ScoreEntryFields } }';
  var answer = fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ' + session.accessToken },
    body: JSON.stringify({
      operationName: 'VillagerMyScore',
      query: query,
      variables: { year: year, quarter: null },
    }),
  })
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .catch(function () {
      return null;
    });
  window.__villageEarlyMyScore = { year: year, answer: answer };
})();
