import Testing
import TestSupport

/// The hostile strings every sanitising test runs over come from the repository itself.
@Suite struct HostileFixtureTests {
    @Test func theFixtureFileIsInTheRepositoryAndLoads() throws {
        let fixtures = try HostileFixture.loaded.get()
        #expect(fixtures.count >= 20, "\(HostileFixture.url.path)")
        #expect(HostileFixture.url.path.contains("/Tests/Fixtures/"))
    }
}
