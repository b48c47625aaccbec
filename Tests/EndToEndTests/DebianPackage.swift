import Foundation

/// Real software a test needs (sshd, exim), from Debian's packages: installed with apt-get when
/// its program is missing (the tests that need it run as root), never configured here.
enum DebianPackage {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func install(_ package: String, providing program: String, _ sandbox: Sandbox) async throws {
        guard !FileManager.default.isExecutableFile(atPath: program) else { return }
        let apt = try TeamHost.tool("apt-get")
        var environment = sandbox.environment
        environment["DEBIAN_FRONTEND"] = "noninteractive"
        _ = try await ProcessRunner.run(apt, ["update", "-qq"], environment: environment, timeout: 300)
        let install = try await ProcessRunner.run(apt, ["install", "-y", "-qq", package], environment: environment, timeout: 300)
        guard install.status == 0, FileManager.default.isExecutableFile(atPath: program) else {
            throw Failure(description: "installing \(package) failed: \(install.summary)")
        }
    }
}
