"use client";

import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { WhenVisible } from "@/components/charts/when-visible";
import type { WhatIf as WhatIfComponent } from "@/components/assessments/what-if";
import { Skeleton } from "@/components/ui/skeleton";

function WhatIfPlaceholder() {
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <Skeleton className="h-96" />
      <Skeleton className="h-96" />
    </div>
  );
}

const WhatIf = dynamic(() => import("@/components/assessments/what-if").then((m) => m.WhatIf), {
  ssr: false,
  loading: () => <WhatIfPlaceholder />,
});

/**
 * The what-if (the decision engine, its validation and the cost chart, run in the browser) is
 * the heaviest code of the result page and sits at its end: it is fetched and started when it
 * comes into view, so the result above it is readable and the page responsive first.
 */
export function DeferredWhatIf(props: ComponentProps<typeof WhatIfComponent>) {
  return (
    <WhenVisible testId="what-if-frame" placeholder={<WhatIfPlaceholder />}>
      <WhatIf {...props} />
    </WhenVisible>
  );
}
