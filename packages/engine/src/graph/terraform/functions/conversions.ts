import { isObject, isUnknown, Unknown, type Value } from "../../../model/value.js";
import { asBool, asList, asNumber, asString, fail, toSet } from "../values.js";
import { unifyList, unifyMap } from "./collections.js";
import { fn, type TerraformFunction } from "./function.js";

/** `tostring` and friends: null stays null, Unknown stays Unknown. */
function primitive(convert: (value: Value) => Value): TerraformFunction {
  return fn(
    [1, 1],
    ([value]) => {
      if (value === null) return null;
      if (isUnknown(value)) return Unknown;
      return convert(value);
    },
    true,
  );
}

export const conversionFunctions: ReadonlyMap<string, TerraformFunction> = new Map([
  [
    "tostring",
    primitive((value) => {
      if (Array.isArray(value) || isObject(value)) fail("cannot convert a collection to string");
      return asString(value);
    }),
  ],
  ["tonumber", primitive((value) => asNumber(value))],
  [
    "tobool",
    primitive((value) => {
      if (typeof value === "number") fail("cannot convert number to bool");
      return asBool(value);
    }),
  ],
  ["tolist", primitive((value) => unifyList(isObject(value) ? fail("cannot convert an object to list") : asList(value)))],
  ["toset", primitive((value) => toSet(unifyList(isObject(value) ? fail("cannot convert an object to set") : asList(value))))],
  ["tomap", primitive((value) => (isObject(value) ? unifyMap(value) : fail("cannot convert to map")))],
]);
