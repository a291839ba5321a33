(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-re"]={"key":"re","forms":{"re":[0]},"terms":[{"w":313,"p":"XbdKLKHJN0XKLB4AhGOBKhSKGNiLKGOVUhQTIOLXhPTdhADU"}]};
