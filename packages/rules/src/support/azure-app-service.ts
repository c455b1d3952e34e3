import { asList, isObject, type ValueObject } from "@tollgate/engine";

/** App Service and Function App resources, old (`azurerm_app_service`) and new (`azurerm_linux_web_app`…). */
export const APP_SERVICE_TYPES = [
  "azurerm_app_service",
  "azurerm_app_service_slot",
  "azurerm_function_app",
  "azurerm_linux_web_app",
  "azurerm_windows_web_app",
  "azurerm_linux_web_app_slot",
  "azurerm_windows_web_app_slot",
  "azurerm_linux_function_app",
  "azurerm_windows_function_app",
];

/** The first `site_config` block, with its index, when it is known. */
export function siteConfigOf(attributes: ValueObject): { config: ValueObject; index: number } | undefined {
  const config = asList(attributes.site_config)[0];
  return isObject(config) ? { config, index: 0 } : undefined;
}
