import { describe, expect, it } from "vitest";
import { DEFAULT_ECONOMICS } from "@/lib/engine/economics";
import { interventionAmount, interventionHourlyRate } from "@/lib/interventions/amount";

describe("interventionAmount", () => {
  it("keeps the amount billed, zero included", () => {
    expect(interventionAmount({ hours: 2, amountBilled: 180.456, tenantHourlyRate: 95 })).toEqual({
      amount: 180.46,
      amountSource: "BILLED",
      hourlyRate: null,
    });
    expect(interventionAmount({ hours: 3, amountBilled: 0, tenantHourlyRate: 95 })).toMatchObject({
      amount: 0,
      amountSource: "BILLED",
    });
  });

  it("computes hours × the hourly rate to the cent and records the rate", () => {
    expect(interventionAmount({ hours: 1.25, amountBilled: null, tenantHourlyRate: 95 })).toEqual({
      amount: 118.75,
      amountSource: "HOURLY_RATE",
      hourlyRate: 95,
    });
    expect(interventionAmount({ hours: 0.1, amountBilled: null, tenantHourlyRate: 33.33 }).amount).toBe(3.33);
  });

  it("prices at the documented default hourly rate when the price list leaves it blank", () => {
    expect(interventionHourlyRate(120)).toBe(120);
    expect(interventionHourlyRate(0)).toBe(0);
    expect(interventionHourlyRate(null)).toBe(DEFAULT_ECONOMICS.hourlyRate);
    expect(interventionAmount({ hours: 2, amountBilled: null, tenantHourlyRate: null })).toEqual({
      amount: 2 * DEFAULT_ECONOMICS.hourlyRate,
      amountSource: "HOURLY_RATE",
      hourlyRate: DEFAULT_ECONOMICS.hourlyRate,
    });
  });
});
