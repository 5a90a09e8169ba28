// The signer lives in @ecs-tasks/signing so that the reference server can verify with the same code
// without depending on the client (docs/decisions/0016); this entry point stays for existing importers.
export * from "@ecs-tasks/signing";
