/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the work is long enough to
 * wait for; in a pipe or a log it would only add noise. It overwrites one line with '\r'.
 */
export function voortgangsbalk(
  stream: NodeJS.WriteStream = process.stderr,
  { vanaf = 200, breedte = 30 } = {},
): { update: (gedaan: number, totaal: number) => void; klaar: () => void } {
  let getekend = false;
  let laatste = -1;
  return {
    update(gedaan, totaal) {
      if (!stream.isTTY || totaal < vanaf) return;
      const procent = Math.floor((gedaan / totaal) * 100);
      // Redraw only when the bar moves: a terminal write per row slows a large import down.
      if (procent === laatste) return;
      laatste = procent;
      const vol = Math.round((gedaan / totaal) * breedte);
      stream.write(`\r[${'#'.repeat(vol)}${'-'.repeat(breedte - vol)}] ${String(procent).padStart(3)}% ${gedaan}/${totaal} organisaties`);
      getekend = true;
    },
    klaar() {
      if (getekend) stream.write('\n');
      getekend = false;
    },
  };
}
