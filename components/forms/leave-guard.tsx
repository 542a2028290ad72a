"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const MARK = "mainstayLeaveGuard";
const isGuardEntry = (state: unknown) => (state as Record<string, unknown> | null)?.[MARK] === true;

/**
 * Changes the address of the current page (a draft that got its id) without losing the guard's
 * mark on the history entry; the app router follows the new address.
 */
export function replaceUrlKeepingGuard(url: string) {
  window.history.replaceState({ [MARK]: isGuardEntry(window.history.state) }, "", url);
}

/** Where the user was going when the guard stopped them: an in-app link, or back in the history. */
type Pending = { kind: "link"; href: string } | { kind: "back" };

/**
 * Keeps unsaved work from being lost by leaving the page. While `dirty`:
 * - closing the tab, reloading or typing another address asks the browser's own question (beforeunload);
 * - a click on any same-origin link of the page (sidebar, breadcrumb, "Cancel"…) is held and an
 *   in-app dialog asks "leave without saving?" (Stay is the default, Escape stays);
 * - the browser's Back button is held too: the guard pushes one history entry for the same URL
 *   when the work becomes dirty, so Back lands on this page again and the dialog asks; "Leave"
 *   then goes back for real. Once the work is saved, Back passes through that entry silently.
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const t = useTranslations("common.leave");
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const dirtyRef = useRef(dirty);
  /** True while the entry this guard pushed is the current one. */
  const armed = useRef(false);
  /** Set when the guard itself goes back, so that popstate is not mistaken for the user's. */
  const leaving = useRef(false);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    dirtyRef.current = dirty;
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    if (!armed.current) {
      window.history.pushState({ [MARK]: true }, "");
      armed.current = true;
    }
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    // Back from another page onto the entry this guard pushed earlier: Back from here passes through it.
    if (isGuardEntry(window.history.state)) armed.current = true;
    const onClick = (e: MouseEvent) => {
      if (!dirtyRef.current || e.defaultPrevented || e.button !== 0) return;
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const anchor = (e.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if (anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      // A link to a place on this same page ("Skip to content") leaves nothing.
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
      e.preventDefault();
      e.stopPropagation();
      setPending({ kind: "link", href: `${url.pathname}${url.search}${url.hash}` });
    };
    const onPopState = (e: PopStateEvent) => {
      if (leaving.current) {
        leaving.current = false;
        return;
      }
      // A jump to "#main" (state null) is not leaving; only the router's own entries are.
      if (!armed.current || !(e.state as { __NA?: boolean } | null)?.__NA) return;
      armed.current = false;
      if (!dirtyRef.current) {
        // Saved since: the entry the guard pushed is only a duplicate of this page; skip it.
        leaving.current = true;
        window.history.back();
        return;
      }
      setPending({ kind: "back" });
    };
    // Capture on window: before React's listeners (next/link) see the click.
    window.addEventListener("click", onClick, true);
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("popstate", onPopState);
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (pending && !dialog.open) dialog.showModal();
    if (!pending && dialog.open) dialog.close();
  }, [pending]);

  function stay() {
    if (pending?.kind === "back" && !armed.current) {
      window.history.pushState({ [MARK]: true }, "");
      armed.current = true;
    }
    setPending(null);
  }

  function leave() {
    const target = pending;
    setPending(null);
    dirtyRef.current = false;
    // From the entry the guard pushed, replace it: Back from the next page then returns here once, not twice.
    if (target?.kind === "link") {
      if (armed.current) router.replace(target.href);
      else router.push(target.href);
    } else if (target?.kind === "back") {
      leaving.current = true;
      window.history.back();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        stay();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-xl backdrop:bg-slate-900/40"
      data-testid="leave-dialog"
    >
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p id={bodyId} className="mt-2 text-sm text-slate-700">
        {t("body")}
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <Button variant="danger" onClick={leave} data-testid="leave-anyway">
          {t("leave")}
        </Button>
        <Button variant="secondary" onClick={stay} autoFocus data-testid="leave-stay">
          {t("stay")}
        </Button>
      </div>
    </dialog>
  );
}
