/**
 * The last value of `compute`, made again only when one of its arguments changes (compared by
 * identity). The arguments are the keys: a value cannot depend on something its key forgot, as long
 * as `compute` reads nothing else.
 */
export function memoizeLast<A extends readonly unknown[], V>(compute: (...args: A) => V): (...args: A) => V {
  let last: { args: A; value: V } | undefined;
  return (...args: A) => {
    const previous = last;
    if (previous && previous.args.length === args.length && args.every((arg, index) => arg === previous.args[index])) return previous.value;
    last = { args, value: compute(...args) };
    return last.value;
  };
}
