// A Linux init: every API it uses may assume Linux.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
