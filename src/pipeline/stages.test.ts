import { describe, expect, it } from "vitest";
import { actorsPipeline, defaultPipeline } from "./stages.js";

describe("the stage order", () => {
  it("gives the actors pipeline every stage of the default one before events", () => {
    const all = defaultPipeline().stageNames;
    expect(all.slice(all.indexOf("events"))).toEqual(["events", "quotes", "figures"]);
    expect(actorsPipeline().stageNames).toEqual(all.slice(0, all.indexOf("events")));
  });
});
