"use client";

import { ErrorPanel } from "@/components/organizations/error-panel";

/** An unexpected failure inside the workspace keeps the navigation and offers a retry. */
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel digest={error.digest} reset={reset} />;
}
