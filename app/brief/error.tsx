"use client";

/** This route's error boundary: a message and a way back instead of a blank page. */
export { RouteError as default } from "@/components/shared/route-error";
