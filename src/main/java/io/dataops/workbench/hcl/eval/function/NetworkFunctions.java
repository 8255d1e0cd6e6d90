package io.dataops.workbench.hcl.eval.function;

import io.dataops.workbench.hcl.eval.FunctionException;
import io.dataops.workbench.hcl.eval.HclFunction;
import io.dataops.workbench.hcl.eval.HclType;
import io.dataops.workbench.hcl.eval.HclValue;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dataops.workbench.hcl.eval.function.DefinedFunction.param;

/** Terraform's cidrsubnet and cidrhost, for IPv4 and IPv6 prefixes. */
final class NetworkFunctions {

    private NetworkFunctions() {
    }

    /** A parsed prefix: the network address as a number, its prefix length and the address width (32 or 128). */
    private record Prefix(BigInteger network, int length, int bits) {
    }

    static Map<String, HclFunction> all() {
        Map<String, HclFunction> f = new LinkedHashMap<>();
        f.put("cidrsubnet", DefinedFunction.of(List.of(param("prefix", HclType.STRING), param("newbits", HclType.NUMBER),
                param("netnum", HclType.NUMBER)), HclType.STRING, a -> {
            Prefix p = parse(a.get(0).asString());
            int newbits = Arguments.integer(a, 1);
            BigInteger netnum = a.get(2).asNumber().toBigInteger();
            int length = p.length() + newbits;
            if (newbits < 0 || length > p.bits()) {
                throw FunctionException.call("insufficient address space to extend prefix of " + p.length() + " by " + newbits);
            }
            if (netnum.signum() < 0 || netnum.bitLength() > newbits) {
                throw FunctionException.call("prefix extension of " + newbits + " does not accommodate a subnet numbered " + netnum);
            }
            BigInteger network = p.network().or(netnum.shiftLeft(p.bits() - length));
            return HclValue.string(format(network, p.bits()) + "/" + length);
        }));
        f.put("cidrhost", DefinedFunction.of(List.of(param("prefix", HclType.STRING), param("hostnum", HclType.NUMBER)),
                HclType.STRING, a -> {
            Prefix p = parse(a.get(0).asString());
            BigInteger host = a.get(1).asNumber().toBigInteger();
            BigInteger size = BigInteger.ONE.shiftLeft(p.bits() - p.length());
            if (host.signum() < 0) {
                host = host.add(size);
            }
            if (host.signum() < 0 || host.compareTo(size) >= 0) {
                throw FunctionException.call("prefix of " + p.length() + " does not accommodate a host numbered " + a.get(1));
            }
            return HclValue.string(format(p.network().or(host), p.bits()));
        }));
        return f;
    }

    private static Prefix parse(String cidr) throws FunctionException {
        int slash = cidr.indexOf('/');
        try {
            if (slash < 0 || !cidr.substring(0, slash).matches("[0-9a-fA-F:.]+")) {
                throw new UnknownHostException(cidr);
            }
            byte[] address = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            int bits = address.length * 8;
            int length = Integer.parseInt(cidr.substring(slash + 1));
            if (length < 0 || length > bits) {
                throw new UnknownHostException(cidr);
            }
            BigInteger value = new BigInteger(1, address);
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
            return new Prefix(value.and(mask), length, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw FunctionException.argument(0, "invalid CIDR address: " + cidr);
        }
    }

    private static String format(BigInteger address, int bits) {
        byte[] raw = address.toByteArray();
        byte[] bytes = new byte[bits / 8];
        for (int i = 0; i < Math.min(raw.length, bytes.length); i++) {
            bytes[bytes.length - 1 - i] = raw[raw.length - 1 - i];
        }
        try {
            String text = InetAddress.getByAddress(bytes).getHostAddress();
            return bits == 32 ? text : compressIpv6(text);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Java prints 0:0:0:0:0:0:0:1; Go (and Terraform) print the shortest form, ::1. */
    private static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength && j - i > 1) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
