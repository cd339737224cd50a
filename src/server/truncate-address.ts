import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, `::` expanded. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right];
}

/**
 * The client's network, not the client: an IPv4 address cut to its /24 (`203.0.113.0/24`), an IPv6
 * address to its /48 (`2001:db8:1::/48`). Enough to see that requests come from one network (a
 * flood, a misconfigured proxy), too coarse to point at one household. Anything else: `null`.
 */
export function truncateAddress(address: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const v4 = mapped?.[1] ?? address;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(address) || address.includes('.')) return null;
  const groups = ipv6Groups(address.split('%')[0] ?? '')
    .slice(0, 3)
    .map((g) => g.replace(/^0+(?=.)/, '').toLowerCase());
  return `${groups.join(':')}::/48`;
}
