import PostmortemKit
import Testing

@testable import PostmortemMarkdown

@Suite("VolumeMappingExtractor")
struct VolumeMappingExtractorTests {
    @Test func appVolumeTableAnywhere() throws {
        let incident = try ImportFixtures.incident(
            """
            # Staging PV Release

            ## Appendix

            | App | PV | Size | PVC |
            |---|---|---|---|
            | audiobookshelf-data | `pvc-1145acca` | 2Gi | `audiobookshelf-stage/audiobookshelf-data-pvc` |
            """)
        #expect(
            incident.volumeMappings == [
                VolumeMapping(
                    app: "audiobookshelf-data", volume: "pvc-1145acca", size: "2Gi", sizeBytes: 2_147_483_648,
                    claim: "audiobookshelf-stage/audiobookshelf-data-pvc", role: .data)
            ])
    }

    @Test func databaseTableWithADataRange() throws {
        let incident = try ImportFixtures.incident(
            """
            # Recovery

            | DB | PV | Size | Data Range |
            |---|---|---|---|
            | linkding | `pvc-0a4e4f3a` | 2Gi | Jan 1 – Feb 7 |
            """)
        #expect(
            incident.volumeMappings == [
                VolumeMapping(
                    app: "linkding", volume: "pvc-0a4e4f3a", size: "2Gi", role: .database, dataRange: "Jan 1 – Feb 7")
            ])
    }

    @Test func diskTableKeepsExtraColumns() throws {
        let incident = try ImportFixtures.incident(
            """
            # Pool degraded

            | Disk | Partition | Mount | Size |
            |---|---|---|---|
            | nvme0n1 | nvme0n1p2 | /boot/efi | 1 GB |
            """)
        #expect(
            incident.volumeMappings == [
                VolumeMapping(
                    app: "nvme0n1", volume: "nvme0n1", size: "1 GB",
                    extra: [Field(name: "Partition", value: "nvme0n1p2"), Field(name: "Mount", value: "/boot/efi")])
            ])
    }

    @Test(arguments: [
        (["App", "PV", "Size", "PVC"], true), (["Disk", "Partition", "Mount", "Size"], true),
        (["DB", "PV", "Size", "Data Range"], true), (["Time", "Event"], false),
        (["Database", "S3 Path", "Current serverName", "Schedule"], false),
    ])
    func acceptsHeader(header: [String], accepted: Bool) {
        #expect(VolumeMappingExtractor().accepts(header: header) == accepted)
    }
}
