import PostmortemKit
import Testing

@Suite struct IPAddressRuleTests {
    let rule = IPAddressRule()

    @Test func passesVersionsLoopbackResolversAndNetworks() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                We upgraded the agent to 1.2.3.4 (image `agent:2.0.1.7`, chart v3.1.0.2, `app-1.2.3.4`,
                build 4.3.2.1-rc1). Unbound listens on 127.0.0.1#5335 and forwards to 1.1.1.1 and 8.8.8.8;
                the service range is 10.0.40.0/24, the netmask 255.255.255.0, the metadata service
                169.254.169.254, and the OID 1.3.6.1.4.1 was polled. IPv6 loopback is ::1 and the clock
                said 14:02:10.


                """)
        #expect(try LintFixtures.findings(of: rule, in: text) == [])
    }

    @Test func flagsHostAddressesOfEveryKind() throws {
        let text = LintFixtures.clean(
            replacing: "Summary",
            with: """
                ## Summary

                The key was used from 93.184.216.34 against db-01 (10.12.40.7, `ssh root@192.168.1.20`).
                Docs example: 203.0.113.9. The v6 address was 2001:db8:0:1::42.
                After the upgrade the server at 10.0.0.5 came back.


                """)
        let advice = "remove it or replace it with a host name or a placeholder before publishing"
        #expect(
            try LintFixtures.findings(of: rule, in: text) == [
                Finding(
                    line: 13, column: 23, severity: .warning, rule: "ip-address",
                    message: "public IP address '93.184.216.34' in the summary: \(advice)"),
                Finding(
                    line: 13, column: 52, severity: .warning, rule: "ip-address",
                    message: "private-network IP address '10.12.40.7' in the summary: \(advice)"),
                Finding(
                    line: 13, column: 74, severity: .warning, rule: "ip-address",
                    message: "private-network IP address '192.168.1.20' in the summary: \(advice)"),
                Finding(
                    line: 14, column: 15, severity: .warning, rule: "ip-address",
                    message: "documentation-range IP address '203.0.113.9' in the summary: \(advice)"),
                Finding(
                    line: 14, column: 47, severity: .warning, rule: "ip-address",
                    message: "IPv6 address '2001:db8:0:1::42' in the summary: \(advice)"),
                Finding(
                    line: 15, column: 33, severity: .warning, rule: "ip-address",
                    message: "private-network IP address '10.0.0.5' in the summary: \(advice)"),
            ])
    }

    @Test(.enabled(if: Fixtures.seedsPresent, "../shared/seeds is absent"))
    func findsTheServerAddressInSeed003() throws {
        // The server an `ssh root@…` command in the recommended measures logs in to.
        let address = try LintFixtures.seedText("003", line: 142, column: 13) { $0.isNumber || $0 == "." }
        #expect(address.split(separator: ".").count == 4)
        #expect(
            try LintFixtures.findings(of: rule, inSeed: "003") == [
                Finding(
                    line: 142, column: 13, severity: .warning, rule: "ip-address",
                    message:
                        "public IP address '\(address)' in section '🛡️ Prevention Measures': remove it or replace it with a host name or a placeholder before publishing"
                )
            ])
    }
}
