(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-ew"]={"key":"ew","forms":{"ewok":[0]},"terms":[{"w":575,"p":"iCM"}]};
