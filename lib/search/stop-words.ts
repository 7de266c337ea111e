/**
 * English function words and query filler: they say nothing about which dApp is wanted, so word
 * matching leaves them out (Indonesian filler is already dropped or turned into these by the lexicon).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so as at by for from in into of on onto to with without via per than that this these those ' +
    'is are was were be been being am do does did done have has had can could will would should shall may might must ' +
    'i me my mine we us our you your he she it its they them their who whom whose which what when where why how ' +
    'all any some no not only just also too very more most much many other another such same own each every ' +
    'there here up down out off over under again about after before while once both either neither ' +
    'want need like get let make use using used one way thing things something someone place app apps dapp dapps site ' +
    'please help find show good now'
  ).split(' '),
);
