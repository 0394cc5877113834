// Print how the target corpus reads: read, refused/flagged, misread (with the misread ones).
//   npm run corpus            counts, and every misread entry
//   npm run corpus -- -v      also every refused entry with its reason
import { judge, loadCorpus } from '../test/corpus/target-corpus.js';

const verbose = process.argv.includes('-v');
const corpus = loadCorpus();
const counts = { read: 0, refused: 0, misread: 0 };
const localities = new Set(corpus.map((e) => e.locality));
for (const entry of corpus) {
  const verdict = judge(entry);
  counts[verdict.outcome]++;
  if (verdict.outcome === 'misread' || (verbose && verdict.outcome === 'refused')) {
    console.log(
      `${verdict.outcome.padEnd(8)} ${entry.id}: ${entry.text}\n         ${verdict.reason}`,
    );
  }
}
console.log(
  `\n${corpus.length} phrases from ${localities.size} localities: ${counts.read} read, ${counts.refused} refused or flagged, ${counts.misread} misread`,
);
